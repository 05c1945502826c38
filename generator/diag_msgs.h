/*
 * Every message lakin prints: identifier, severity, Indonesian text,
 * English text.  Texts are printf formats; keep the arguments in the same
 * order in both languages.  Ordered by area, not by severity.
 */
/* files and YAML syntax */
DIAG_MSG(MSG_FILE_OPEN, SEV_ERROR, "tidak dapat membuka berkas: %s", "cannot open file: %s")
DIAG_MSG(MSG_FILE_EMPTY, SEV_ERROR, "berkas kosong: tidak ada isi sama sekali", "file is empty")
DIAG_MSG(MSG_FILE_TOO_BIG, SEV_ERROR, "berkas terlalu besar (%zu byte; batas %zu byte)", "file too large (%zu bytes; limit %zu bytes)")
DIAG_MSG(MSG_UTF8, SEV_ERROR, "teks bukan UTF-8 yang sah (byte 0x%02X); simpan berkas sebagai UTF-8", "text is not valid UTF-8 (byte 0x%02X); save the file as UTF-8")
DIAG_MSG(MSG_YAML_TAB, SEV_ERROR, "karakter tab dipakai untuk indentasi; YAML hanya menerima spasi", "tab character used for indentation; YAML accepts spaces only")
DIAG_MSG(MSG_YAML_SYNTAX, SEV_ERROR, "kesalahan penulisan YAML: %s", "YAML syntax error: %s")
DIAG_MSG(MSG_YAML_DUPKEY, SEV_ERROR, "kunci '%s' ditulis dua kali dalam satu bagian (pertama di baris %d)", "key '%s' appears twice in one mapping (first at line %d)")
DIAG_MSG(MSG_YAML_ALIAS, SEV_ERROR, "anchor/alias YAML ('&' dan '*') tidak dipakai di konten; tulis nilainya langsung", "YAML anchors/aliases ('&' and '*') are not allowed in content; write the value out")
DIAG_MSG(MSG_YAML_DEPTH, SEV_ERROR, "struktur bertingkat terlalu dalam (lebih dari %d tingkat)", "nesting too deep (more than %d levels)")
DIAG_MSG(MSG_YAML_SCALAR_BIG, SEV_ERROR, "teks terlalu panjang (%zu byte; batas %zu byte); pecah menjadi beberapa paragraf", "text too long (%zu bytes; limit %zu bytes); split it into several paragraphs")
DIAG_MSG(MSG_YAML_KEY_TYPE, SEV_ERROR, "kunci harus berupa teks biasa", "a key must be plain text")
DIAG_MSG(MSG_YAML_MULTIDOC, SEV_ERROR, "berkas berisi lebih dari satu dokumen YAML ('---'); satu berkas, satu dokumen", "file holds more than one YAML document ('---'); one file, one document")
/* schema */
DIAG_MSG(MSG_UNKNOWN_KEY, SEV_ERROR, "kunci '%s' tidak dikenal di %s", "unknown key '%s' in %s")
DIAG_MSG(MSG_UNKNOWN_KEY_SUGG, SEV_ERROR, "kunci '%s' tidak dikenal di %s; mungkin maksudnya '%s'?", "unknown key '%s' in %s; did you mean '%s'?")
DIAG_MSG(MSG_MISSING_KEY, SEV_ERROR, "kunci wajib '%s' tidak ada di %s", "required key '%s' missing in %s")
DIAG_MSG(MSG_WRONG_TYPE, SEV_ERROR, "'%s' harus berupa %s, bukan %s", "'%s' must be %s, not %s")
DIAG_MSG(MSG_BAD_CHOICE, SEV_ERROR, "nilai '%s' tidak sah untuk '%s'; pilihan: %s", "value '%s' is not valid for '%s'; choices: %s")
DIAG_MSG(MSG_BAD_NUMBER, SEV_ERROR, "'%s' harus berupa bilangan bulat %d sampai %d, bukan '%s'", "'%s' must be a whole number from %d to %d, not '%s'")
DIAG_MSG(MSG_BLOCK_KIND, SEV_ERROR, "setiap unsur 'isi' harus berisi tepat satu jenis blok (%s)", "each 'isi' element must hold exactly one block kind (%s)")
DIAG_MSG(MSG_EMPTY_VALUE, SEV_ERROR, "'%s' kosong; isi dengan %s", "'%s' is empty; give %s")
DIAG_MSG(MSG_PATTERN, SEV_ERROR, "nilai '%s' untuk '%s' tidak sah: %s", "value '%s' for '%s' is not valid: %s")
DIAG_MSG(MSG_CHAR_TAB, SEV_ERROR, "karakter tab di dalam teks; ganti dengan spasi", "tab character inside text; replace it with a space")
DIAG_MSG(MSG_EMPTY_TEXT, SEV_ERROR, "'%s' kosong", "'%s' is empty")
DIAG_MSG(MSG_CHAR_FONT, SEV_ERROR, "karakter U+%04lX '%s' tidak tersedia di huruf %s", "character U+%04lX '%s' is not in font %s")
DIAG_MSG(MSG_CHAR_CONTROL, SEV_ERROR, "karakter kendali U+%04lX tidak boleh ada di teks", "control character U+%04lX is not allowed in text")
DIAG_MSG(MSG_MARKUP_OPEN, SEV_ERROR, "penanda '%s' (tebal/miring) dibuka tetapi tidak ditutup", "markup '%s' (bold/italic) opened but never closed")
DIAG_MSG(MSG_PART_FILE, SEV_ERROR, "berkas bagian '%s' tidak dapat dibaca: %s", "part file '%s' cannot be read: %s")
DIAG_MSG(MSG_PART_DUP, SEV_ERROR, "%s nomor %d sudah ada (di %s:%d)", "%s number %d already exists (at %s:%d)")
DIAG_MSG(MSG_PART_ORDER, SEV_WARN, "%s nomor %d tidak berurutan (sebelumnya %d)", "%s number %d is out of order (previous %d)")
DIAG_MSG(MSG_PART_MISSING, SEV_ERROR, "laporan tidak punya %s", "the report has no %s")
DIAG_MSG(MSG_HEADING_DEPTH, SEV_ERROR, "'bagian' bertingkat terlalu dalam (paling banyak %d tingkat)", "'bagian' nested too deep (at most %d levels)")
DIAG_MSG(MSG_LIST_DEPTH, SEV_ERROR, "daftar bertingkat terlalu dalam (paling banyak %d tingkat)", "list nested too deep (at most %d levels)")
/* arithmetic */
DIAG_MSG(MSG_ARITH_TOTAL, SEV_WARN, "jumlah kolom '%s' tertulis %s, tetapi %zu baris di atasnya (baris %d sampai %d) berjumlah %s", "the total of column '%s' says %s, but the %zu rows above it (lines %d to %d) add up to %s")
DIAG_MSG(MSG_ARITH_AUTO, SEV_ERROR, "'otomatis' hanya untuk sel jumlah di kolom angka atau rupiah yang berisi angka (kolom '%s')", "'otomatis' is only for a total cell of a number or rupiah column with numbers (column '%s')")
/* official pages */
DIAG_MSG(MSG_NIP, SEV_ERROR, "NIP '%s' tidak sah: %s", "NIP '%s' is not valid: %s")
DIAG_MSG(MSG_IMAGE, SEV_ERROR, "gambar '%s' tidak dapat dipakai: %s", "image '%s' cannot be used: %s")
DIAG_MSG(MSG_IMAGE_BIG, SEV_ERROR, "gambar '%s' terlalu besar (%zu byte; batas %zu byte); perkecil resolusinya atau simpan sebagai JPEG", "image '%s' is too large (%zu bytes; limit %zu bytes); reduce its resolution or save it as JPEG")
DIAG_MSG(MSG_IMAGE_PIXELS, SEV_ERROR, "gambar '%s' berukuran %lu x %lu piksel, terlalu besar (batas %d piksel per sisi dan %d juta piksel); perkecil resolusinya, pindaian 300 dpi sudah cukup", "image '%s' is %lu x %lu pixels, too large (limit %d pixels per side and %d million pixels); reduce its resolution, a 300 dpi scan is enough")
DIAG_MSG(MSG_IMAGE_FORMAT, SEV_ERROR, "gambar '%s' berformat %s, bukan PNG atau JPEG; simpan ulang sebagai PNG atau JPEG", "image '%s' is a %s file, not PNG or JPEG; save it again as PNG or JPEG")
/* cross-references */
DIAG_MSG(MSG_REF_UNKNOWN, SEV_ERROR, "rujukan ke kunci '%s' yang tidak ada", "reference to key '%s', which does not exist")
DIAG_MSG(MSG_REF_UNKNOWN_SUGG, SEV_ERROR, "rujukan ke kunci '%s' yang tidak ada; mungkin maksudnya '%s'?", "reference to key '%s', which does not exist; did you mean '%s'?")
DIAG_MSG(MSG_REF_OPEN, SEV_ERROR, "rujukan '{%s' tidak ditutup dengan '}'", "reference '{%s' is not closed by '}'")
DIAG_MSG(MSG_KEY_DUP, SEV_ERROR, "kunci '%s' sudah dipakai (di %s:%d)", "key '%s' is already used (at %s:%d)")
/* tables and CSV */
DIAG_MSG(MSG_CSV_QUOTE, SEV_ERROR, "tanda kutip '\"' tidak ditutup", "quote '\"' is never closed")
DIAG_MSG(MSG_CSV_AFTER_QUOTE, SEV_ERROR, "ada teks setelah tanda kutip penutup; tulis \"\" untuk tanda kutip di dalam teks", "text after a closing quote; write \"\" for a quote inside text")
DIAG_MSG(MSG_CSV_FILE, SEV_ERROR, "berkas CSV '%s' tidak dapat dibaca: %s", "CSV file '%s' cannot be read: %s")
DIAG_MSG(MSG_CSV_FIELDS, SEV_ERROR, "baris ini berisi %zu kolom, seharusnya %zu (sesuai 'kolom' tabel)", "this row has %zu fields, expected %zu (the table's 'kolom')")
DIAG_MSG(MSG_TABLE_ROW_COLS, SEV_ERROR, "baris tabel mengisi %d kolom, seharusnya %d (hitung juga 'kolom' dan 'baris' gabungan)", "table row fills %d columns, expected %d (counting 'kolom' and 'baris' spans)")
DIAG_MSG(MSG_TABLE_SPAN, SEV_ERROR, "sel gabungan melewati %s tabel", "merged cell runs past the %s of the table")
DIAG_MSG(MSG_TABLE_NUMBER, SEV_ERROR, "'%s' bukan bilangan untuk kolom '%s' (jenis %s); tulis seperti 1.234,56 atau '-'", "'%s' is not a number for column '%s' (kind %s); write it like 1.234,56 or '-'")
DIAG_MSG(MSG_TABLE_WIDE, SEV_WARN, "tabel terlalu lebar untuk halaman; kolom dipersempit", "table too wide for the page; columns narrowed")
DIAG_MSG(MSG_TABLE_RATIO, SEV_ERROR, "lebar kolom '%s' tidak sah: tulis milimeter (mis. 25) atau bagian (mis. \"2*\")", "column width '%s' is not valid: write millimetres (e.g. 25) or a share (e.g. \"2*\")")
/* template and resources */
DIAG_MSG(MSG_FONT_FILE, SEV_ERROR, "berkas huruf tidak dapat dibuka: %s", "font file cannot be opened: %s")
DIAG_MSG(MSG_FONT_BAD, SEV_ERROR, "berkas huruf bukan TrueType yang dapat dipakai: %s", "font file is not a usable TrueType font: %s")
DIAG_MSG(MSG_TEMPLATE, SEV_ERROR, "templat '%s' tidak ditemukan (dicari: %s)", "template '%s' not found (looked in: %s)")
DIAG_MSG(MSG_HYPH_DICT, SEV_WARN, "kamus pemenggalan kata %s tidak dapat dibaca; kata tidak akan dipenggal", "hyphenation dictionary %s cannot be read; words will not be hyphenated")
/* layout */
DIAG_MSG(MSG_OVERFULL, SEV_WARN, "kata '%s' lebih lebar dari baris dan terpaksa dipotong", "word '%s' is wider than the line and had to be cut")
DIAG_MSG(MSG_BLOCK_TOO_TALL, SEV_ERROR, "%s terlalu tinggi untuk satu halaman", "%s is too tall for one page")
/* output */
DIAG_MSG(MSG_OUTPUT, SEV_ERROR, "tidak dapat menulis berkas keluaran %s: %s", "cannot write output file %s: %s")
DIAG_MSG(MSG_IMAGE_PDF, SEV_ERROR, "gambar '%s' tidak dapat dimasukkan ke PDF (kode pustaka 0x%04lX): %s", "image '%s' could not be put into the PDF (library code 0x%04lX): %s")
DIAG_MSG(MSG_PDF, SEV_ERROR, "pustaka PDF gagal (kode 0x%04lX, detail %lu)", "PDF library failed (code 0x%04lX, detail %lu)")
DIAG_MSG(MSG_NOT_WRITTEN_NEW, SEV_NOTE, "PDF tidak ditulis karena ada galat", "PDF not written because of errors")
DIAG_MSG(MSG_NOT_WRITTEN, SEV_NOTE, "PDF tidak ditulis karena ada galat; berkas lama %s tidak diubah", "PDF not written because of errors; the old file %s is untouched")
/* command line */
DIAG_MSG(MSG_USAGE, SEV_FATAL, "%s", "%s")
