/*
 * Staff records: the values a field of pegawai.csv may take, in their
 * official order, read the ways agencies write them and printed one way.
 * Pure functions: no files, no document model (check and derive use them).
 *
 *   golongan       I/a I/b I/c I/d II/a … II/d III/a … III/d IV/a … IV/e
 *   eselon         I/a I/b II/a II/b III/a III/b IV/a IV/b V/a   ('-': none)
 *   jenis_kelamin  L P  (also laki-laki, pria; perempuan, wanita)
 *   pendidikan     SD SMP SMA D-I D-II D-III D-IV S-1 S-2 S-3
 *                  (also SLTP, SLTA, SMK, "Diploma III", D3, S1, S-2, …)
 *   diklat         PIM I … PIM IV, PKN I, PKN II, PKA, PKP  ('-': none)
 *                  (also Diklatpim Tk. IV, PIM 4, …)
 *
 * Golongan and eselon take '/' or '.' ("III.b"); case does not matter.
 */
#ifndef LAKIN_PEGAWAI_H
#define LAKIN_PEGAWAI_H

#include <stddef.h>

#include "model.h"

#define SV_BAD		(-3)	/* not a value of the field */

/* The field's key ("jenis_kelamin"), and the field a key names (-1: none). */
const char	*staff_key(enum sfield);
int		 staff_field(const char *key);
/* Whether tables may count by the field (golongan … diklat, not nama). */
int		 staff_countable(enum sfield);
/*
 * One value as written (a single diklat, not a list): its index in the
 * field's order, SV_NONE for '-' where the field allows it, SV_UNKNOWN
 * when empty (blanks only), or SV_BAD.  Free-text fields (nama, nip,
 * jabatan, catatan) give SV_BAD: their values are not a list.
 */
int		 staff_value(enum sfield, const char *s, size_t len);
/* How many values the field's list has (0: free text). */
int		 staff_nvalues(enum sfield);
/*
 * A value as a row of a table prints it ("III/b", "Laki-laki", "S-1",
 * "Non-eselon", "Belum mengikuti", "Tidak diketahui"), and as a list of
 * staff prints it ("III/b", "L", "S-1", "-", "").
 */
const char	*staff_label(enum sfield, int v);
const char	*staff_short(enum sfield, int v);
/* The pangkat of a golongan ("Penata Muda Tingkat I"), or "". */
const char	*staff_pangkat(int golongan);
/* The roman group of a golongan or eselon value (III/b: 3), or 0. */
int		 staff_group(enum sfield, int v);
/* The sex a valid NIP states (digit 15): 0 (L), 1 (P), or SV_UNKNOWN. */
int		 staff_nip_sex(const char *nip, size_t len);

#endif
