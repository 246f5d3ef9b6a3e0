# Builds a UDF 2.60 image the way Windows media are laid out: every file in UDF only, the
# ISO 9660 side holding a README. Usage: make-udf-image.py SOURCE_DIR OUT.iso LABEL
import io
import os
import sys

import pycdlib
from pycdlib import udf as udfmod

source, out, label = sys.argv[1], sys.argv[2], sys.argv[3]
iso = pycdlib.PyCdlib()
iso.new(interchange_level=3, udf='2.60', vol_ident=label[:32])
# pycdlib always names the UDF volume "CDROM"; Windows shows the logical volume identifier.
for sequence in (iso.udf_main_descs, iso.udf_reserve_descs):
    for volume in sequence.logical_volumes:
        volume.logical_vol_ident = udfmod._ostaunicode_zero_pad(label, 128)
readme = b'This disc contains a "UDF" file system and requires an operating system\r\nthat supports the ISO-13346 "UDF" file system specification.\r\n'
iso.add_fp(io.BytesIO(readme), len(readme), '/README.TXT;1')


def udf_path(full):
    return '/' + os.path.relpath(full, source).replace(os.sep, '/')


for root, dirs, files in os.walk(source):
    dirs.sort()
    for d in dirs:
        iso.add_directory(udf_path=udf_path(os.path.join(root, d)))
    for f in sorted(files):
        iso.add_file(os.path.join(root, f), udf_path=udf_path(os.path.join(root, f)))
iso.write(out)
iso.close()
