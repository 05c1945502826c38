/*
 * Staff records: the lists of values of pegawai.csv's fields (pegawai.h).
 */
#include <string.h>

#include "pegawai.h"

static const char *const keys[SF__MAX] = { "nama", "nip", "golongan",
	"eselon", "jabatan", "jenis_kelamin", "pendidikan", "diklat",
	"catatan" };

static const char *const golongan[] = { "I/a", "I/b", "I/c", "I/d",
	"II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d",
	"IV/a", "IV/b", "IV/c", "IV/d", "IV/e", NULL };
/* PP 99/2000: the pangkat of each golongan ruang */
static const char *const pangkat[] = { "Juru Muda", "Juru Muda Tingkat I",
	"Juru", "Juru Tingkat I", "Pengatur Muda", "Pengatur Muda Tingkat I",
	"Pengatur", "Pengatur Tingkat I", "Penata Muda", "Penata Muda Tingkat I",
	"Penata", "Penata Tingkat I", "Pembina", "Pembina Tingkat I",
	"Pembina Utama Muda", "Pembina Utama Madya", "Pembina Utama", NULL };
static const char *const eselon[] = { "I/a", "I/b", "II/a", "II/b", "III/a",
	"III/b", "IV/a", "IV/b", "V/a", NULL };
static const char *const sex_label[] = { "Laki-laki", "Perempuan", NULL };
static const char *const sex_short[] = { "L", "P", NULL };
static const char *const pendidikan[] = { "SD", "SMP", "SMA", "D-I", "D-II",
	"D-III", "D-IV", "S-1", "S-2", "S-3", NULL };
static const char *const diklat[] = { "PIM I", "PIM II", "PIM III",
	"PIM IV", "PKN I", "PKN II", "PKA", "PKP", NULL };

/* How agencies write them, without spaces, dots and hyphens, in capitals. */
static const struct alias {
	const char	*as;
	int		 v;
} sex_as[] = {
	{ "L", 0 }, { "LAKILAKI", 0 }, { "PRIA", 0 },
	{ "P", 1 }, { "PEREMPUAN", 1 }, { "WANITA", 1 },
	{ NULL, 0 }
}, edu_as[] = {
	{ "SD", 0 }, { "SEKOLAHDASAR", 0 }, { "MI", 0 },
	{ "SMP", 1 }, { "SLTP", 1 }, { "MTS", 1 },
	{ "SMA", 2 }, { "SLTA", 2 }, { "SMK", 2 }, { "SMU", 2 }, { "MA", 2 },
	{ "STM", 2 }, { "SMEA", 2 },
	{ "D1", 3 }, { "DI", 3 }, { "DIPLOMA1", 3 }, { "DIPLOMAI", 3 },
	{ "D2", 4 }, { "DII", 4 }, { "DIPLOMA2", 4 }, { "DIPLOMAII", 4 },
	{ "D3", 5 }, { "DIII", 5 }, { "DIPLOMA3", 5 }, { "DIPLOMAIII", 5 },
	{ "D4", 6 }, { "DIV", 6 }, { "DIPLOMA4", 6 }, { "DIPLOMAIV", 6 },
	{ "S1", 7 }, { "SARJANA", 7 }, { "STRATA1", 7 }, { "STRATAI", 7 },
	{ "S2", 8 }, { "MAGISTER", 8 }, { "STRATA2", 8 }, { "STRATAII", 8 },
	{ "S3", 9 }, { "DOKTOR", 9 }, { "STRATA3", 9 }, { "STRATAIII", 9 },
	{ NULL, 0 }
}, diklat_as[] = {
	{ "PIMI", 0 }, { "PIMII", 1 }, { "PIMIII", 2 }, { "PIMIV", 3 },
	{ "PKNI", 4 }, { "PKNII", 5 }, { "PKA", 6 }, { "PKP", 7 },
	{ "PELATIHANKEPEMIMPINANADMINISTRATOR", 6 },
	{ "PELATIHANKEPEMIMPINANPENGAWAS", 7 },
	{ NULL, 0 }
};

const char *
staff_key(enum sfield f)
{
	return (unsigned)f < SF__MAX ? keys[f] : "";
}

int
staff_field(const char *key)
{
	for (int f = 0; f < SF__MAX; f++)
		if (strcmp(keys[f], key) == 0)
			return f;
	return -1;
}

int
staff_countable(enum sfield f)
{
	return f >= SF_GOLONGAN && f <= SF_DIKLAT;
}

static const char *const *
list_of(enum sfield f)
{
	switch (f) {
	case SF_GOLONGAN:
		return golongan;
	case SF_ESELON:
		return eselon;
	case SF_JENIS_KELAMIN:
		return sex_label;
	case SF_PENDIDIKAN:
		return pendidikan;
	case SF_DIKLAT:
		return diklat;
	default:
		return NULL;
	}
}

int
staff_nvalues(enum sfield f)
{
	const char *const	*l = list_of(f);
	int			 n = 0;

	while (l != NULL && l[n] != NULL)
		n++;
	return n;
}

static int
upper(int c)
{
	return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

/* s without blanks, dots and hyphens, in capitals; 0 when it is too long. */
static int
squeeze(const char *s, size_t len, char *out, size_t sz)
{
	size_t o = 0;

	for (size_t i = 0; i < len; i++) {
		if (s[i] == ' ' || s[i] == '.' || s[i] == '-' || s[i] == '\t')
			continue;
		if (o + 1 >= sz)
			return 0;
		out[o++] = (char)upper((unsigned char)s[i]);
	}
	out[o] = '\0';
	return 1;
}

static int
alias(const struct alias *a, const char *s)
{
	for (; a->as != NULL; a++)
		if (strcmp(a->as, s) == 0)
			return a->v;
	return SV_BAD;
}

/* I … V at s: its value and length, or 0. */
static int
roman(const char *s, size_t len, size_t *used)
{
	static const char *const r[] = { "IV", "V", "III", "II", "I", NULL };
	static const int v[] = { 4, 5, 3, 2, 1 };

	for (int i = 0; r[i] != NULL; i++) {
		size_t n = strlen(r[i]), k;

		if (n > len)
			continue;
		for (k = 0; k < n && upper((unsigned char)s[k]) == r[i][k]; k++)
			;
		if (k == n) {
			*used = n;
			return v[i];
		}
	}
	return 0;
}

/* "III/b", "iii.B", "III / b": the roman group and the letter (0 = a). */
static int
rank(const char *s, size_t len, int *letter)
{
	size_t	 i = 0, n;
	int	 g = roman(s, len, &n);

	if (g == 0)
		return 0;
	i = n;
	while (i < len && s[i] == ' ')
		i++;
	if (i == len || (s[i] != '/' && s[i] != '.'))
		return 0;
	for (i++; i < len && s[i] == ' '; i++)
		;
	if (i + 1 != len || upper((unsigned char)s[i]) < 'A' ||
	    upper((unsigned char)s[i]) > 'E')
		return 0;
	*letter = upper((unsigned char)s[i]) - 'A';
	return g;
}

/* Strips blanks around s[0..*len). */
static const char *
trim(const char *s, size_t *len)
{
	while (*len > 0 && (s[0] == ' ' || s[0] == '\t')) {
		s++;
		(*len)--;
	}
	while (*len > 0 && (s[*len - 1] == ' ' || s[*len - 1] == '\t'))
		(*len)--;
	return s;
}

static int
diklat_value(const char *s)
{
	char	 buf[64];
	size_t	 n = strlen(s);

	/* DIKLATPIM, DIKLAT PIM TK. IV, PIM TINGKAT IV, PIM 4 */
	if (strncmp(s, "DIKLAT", 6) == 0) {
		memmove(buf, s + 6, n - 6 + 1);
		s = buf;
		n -= 6;
	}
	if (n > 3 && (strncmp(s, "PIM", 3) == 0 || strncmp(s, "PKN", 3) == 0)) {
		char		 t[64];
		const char	*rest = s + 3;
		static const char *const digit[] = { "I", "II", "III", "IV" };

		if (strncmp(rest, "TINGKAT", 7) == 0)
			rest += 7;
		else if (strncmp(rest, "TK", 2) == 0)
			rest += 2;
		if (rest[0] >= '1' && rest[0] <= '4' && rest[1] == '\0')
			rest = digit[rest[0] - '1'];
		memcpy(t, s, 3);
		strncpy(t + 3, rest, sizeof(t) - 4);
		t[sizeof(t) - 1] = '\0';
		return alias(diklat_as, t);
	}
	return alias(diklat_as, s);
}

int
staff_value(enum sfield f, const char *s, size_t len)
{
	char	 buf[64];
	int	 g, letter = 0;
	size_t	 n;

	s = trim(s, &len);
	if (len == 0)
		return SV_UNKNOWN;
	if (len == 1 && s[0] == '-')
		return f == SF_ESELON || f == SF_DIKLAT ? SV_NONE : SV_BAD;
	switch (f) {
	case SF_GOLONGAN:
		g = rank(s, len, &letter);
		if (g < 1 || g > 4 || letter > (g == 4 ? 4 : 3))
			return SV_BAD;
		return (g - 1) * 4 + letter;
	case SF_ESELON:
		g = rank(s, len, &letter);
		if (g < 1 || letter > (g == 5 ? 0 : 1))
			return SV_BAD;
		return (g - 1) * 2 + letter;
	case SF_JENIS_KELAMIN:
		return squeeze(s, len, buf, sizeof(buf)) ? alias(sex_as, buf) :
		    SV_BAD;
	case SF_PENDIDIKAN:
		if (!squeeze(s, len, buf, sizeof(buf)))
			return SV_BAD;
		n = strlen(buf);
		if (n > 9 && strcmp(buf + n - 9, "SEDERAJAT") == 0)
			buf[n - 9] = '\0';	/* "SMA Sederajat" */
		return alias(edu_as, buf);
	case SF_DIKLAT:
		return squeeze(s, len, buf, sizeof(buf)) ? diklat_value(buf) :
		    SV_BAD;
	default:
		return SV_BAD;
	}
}

const char *
staff_label(enum sfield f, int v)
{
	const char *const *l = list_of(f);

	if (v == SV_UNKNOWN)
		return "Tidak diketahui";
	if (v == SV_NONE)
		return f == SF_ESELON ? "Non-eselon" : "Belum mengikuti";
	if (l == NULL || v < 0 || v >= staff_nvalues(f))
		return "";
	return l[v];
}

const char *
staff_short(enum sfield f, int v)
{
	if (v == SV_UNKNOWN)
		return "";
	if (v == SV_NONE)
		return "-";
	if (f == SF_JENIS_KELAMIN && (v == 0 || v == 1))
		return sex_short[v];
	return staff_label(f, v);
}

const char *
staff_pangkat(int g)
{
	return g >= 0 && g < 17 ? pangkat[g] : "";
}

int
staff_group(enum sfield f, int v)
{
	if (f == SF_GOLONGAN && v >= 0 && v < 17)
		return v / 4 + 1 - (v == 16);	/* IV/e is the fifth of IV */
	if (f == SF_ESELON && v >= 0 && v < 9)
		return v / 2 + 1;
	return 0;
}

int
staff_nip_sex(const char *nip, size_t len)
{
	size_t	 k = 0;

	for (size_t i = 0; i < len; i++) {
		if (nip[i] == ' ')
			continue;
		if (nip[i] < '0' || nip[i] > '9')
			return SV_UNKNOWN;
		if (k++ == 14)
			return nip[i] == '1' ? 0 : nip[i] == '2' ? 1 : SV_UNKNOWN;
	}
	return SV_UNKNOWN;
}
