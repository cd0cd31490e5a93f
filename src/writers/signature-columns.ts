/** More parties than this sign three to a row, so that the whole block fits one page. */
const twoColumnsUpTo = 6;

/** How many parties sign side by side in one row of a signature block, the same in PDF and Word. */
export function partiesPerRow(parties: number): 2 | 3 {
  return parties > twoColumnsUpTo ? 3 : 2;
}
