# home/ holds only the broken template: the real fonts beside it
repo=$(cd "$(dirname "$0")/../../.." && pwd -P)
ln -s "$repo/fonts" ../home/fonts
