/**
 * docx marks every abstract numbering `hybridMultilevel` with every level `tentative`. The clause
 * list is a true legal outline (1 / 1.1 / 1.1.1), which Word calls `multilevel`; and levels that
 * paragraphs use are not tentative. Word and LibreOffice then treat it as one outline list that
 * counsel can promote and demote in.
 */
export function patchNumbering(xml: string): string {
  return xml
    .replace(/ w:tentative="1"/g, '')
    .replace(/<w:abstractNum\b[^>]*>[\s\S]*?<\/w:abstractNum>/g, (abstract) =>
      abstract.includes('w:val="%1.%2"')
        ? abstract.replace(
            '<w:multiLevelType w:val="hybridMultilevel"/>',
            '<w:multiLevelType w:val="multilevel"/>',
          )
        : abstract,
    );
}
