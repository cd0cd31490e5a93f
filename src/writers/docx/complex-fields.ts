/**
 * Rewrites docx's simple fields (`w:fldSimple`) as complex fields (`w:fldChar` begin, instruction,
 * separate, result, end). Word treats both alike, but readers such as mammoth and pandoc show
 * only a complex field's result, so a cross-reference would read "Section ." without it.
 */
export function complexFields(xml: string): string {
  return xml.replace(
    /<w:fldSimple w:instr="([^"]*)">((?:(?!<\/w:fldSimple>).)*)<\/w:fldSimple>/gs,
    (_, instruction: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
      `<w:r><w:instrText xml:space="preserve"> ${instruction} </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${result}` +
      `<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
  );
}
