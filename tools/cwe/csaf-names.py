#!/usr/bin/env python3
"""Derives src/main/resources/dev/madoguchi/csaf/cwe/cwe-names.tsv, the CWE names CSAF test 6.1.11 checks against,
from one or more CWE catalogs made by tools/cwe/generate.py (one per CWE version).

usage: tools/cwe/csaf-names.py src/main/resources/cwe/cwe-catalog.tsv [other-version.tsv ...] \
           > src/main/resources/dev/madoguchi/csaf/cwe/cwe-names.tsv

Output: a comment line naming the CWE versions, one with the source and terms of use, then one line per CWE id: the number, a tab, and each distinct name
that id has in the given versions (tab separated, in the order of the catalogs given). Weaknesses, categories and
views are all kept, deprecated ones too, since CSAF 2.0 §6.1.11 only asks that the CWE exists and its name is right.
The CSAF validator's classes are loaded without the rest of Madoguchi, so it reads this file rather than
cwe/cwe-catalog.tsv.
"""
import sys


def main(paths):
    names = {}
    versions = []
    for path in paths:
        with open(path, encoding='utf-8') as catalog:
            for line in catalog:
                line = line.rstrip('\n')
                if line.startswith('#'):
                    versions.append(line[1:].split(',')[0].strip())
                    continue
                if not line or line.startswith('id\t'):
                    continue
                row = line.split('\t')
                known = names.setdefault(int(row[0]), [])
                if row[1] not in known:
                    known.append(row[1])
    print('# ' + '; '.join(versions))
    print('# CWE names by id, derived by tools/cwe/csaf-names.py. CWE is a trademark of The MITRE Corporation; '
          'content (c) MITRE, used under the CWE Terms of Use.')
    for cwe in sorted(names):
        print('\t'.join([str(cwe)] + names[cwe]))


if __name__ == '__main__':
    main(sys.argv[1:])
