#!/usr/bin/env python3
"""Derives src/main/resources/cwe/cwe-catalog.tsv from MITRE's CWE XML (cwec_vX.Y.xml).

usage: tools/cwe/generate.py CWE_XML > src/main/resources/cwe/cwe-catalog.tsv

Columns: id, name, abstraction (Pillar/Class/Base/Variant/Compound, or Category/View), status,
view1003 (top = a member of CWE-1003 "Weaknesses for Simplified Mapping of Published Vulnerabilities",
child = its child in that view, empty otherwise), parent1003 (the CWE-1003 parent of a child).
Deprecated entries are kept (status Deprecated) so old records still resolve.
"""
import sys
import xml.etree.ElementTree as ET

NS = {'c': 'http://cwe.mitre.org/cwe-7'}


def main(path):
    root = ET.parse(path).getroot()
    version = root.get('Version')
    top = set()
    for view in root.findall('.//c:View', NS):
        if view.get('ID') == '1003':
            top = {m.get('CWE_ID') for m in view.findall('.//c:Has_Member', NS)}
    print('# CWE %s (%s), derived by tools/cwe/generate.py. CWE is a trademark of The MITRE Corporation; '
          'content (c) MITRE, used under the CWE Terms of Use.' % (version, root.get('Date')))
    print('id\tname\tabstraction\tstatus\tview1003\tparent1003')
    rows = []
    for w in root.findall('.//c:Weakness', NS):
        parent = ''
        for rel in w.findall('.//c:Related_Weakness', NS):
            if rel.get('View_ID') == '1003' and rel.get('Nature') == 'ChildOf':
                parent = rel.get('CWE_ID')
        wid = w.get('ID')
        view = 'top' if wid in top else ('child' if parent else '')
        rows.append((int(wid), w.get('Name'), w.get('Abstraction'), w.get('Status'), view, parent))
    for c in root.findall('.//c:Category', NS):
        rows.append((int(c.get('ID')), c.get('Name'), 'Category', c.get('Status'), '', ''))
    for v in root.findall('.//c:View', NS):
        rows.append((int(v.get('ID')), v.get('Name'), 'View', v.get('Status'), '', ''))
    for row in sorted(rows):
        print('\t'.join([str(row[0])] + [(x or '').replace('\t', ' ') for x in row[1:]]))


if __name__ == '__main__':
    main(sys.argv[1])
