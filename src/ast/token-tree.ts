import type Token from 'markdown-it/lib/token.mjs';

/** A markdown-it block token with the tokens between its open and close as children. */
export interface TokenNode {
  token: Token;
  children: TokenNode[];
}

/** Nests markdown-it's flat token stream by `nesting` (+1 open, -1 close, 0 leaf). */
export function buildTree(tokens: Token[]): TokenNode[] {
  const root: TokenNode[] = [];
  const stack: TokenNode[][] = [root];
  for (const token of tokens) {
    const siblings = stack.at(-1)!;
    if (token.nesting === 1) {
      const node: TokenNode = { token, children: [] };
      siblings.push(node);
      stack.push(node.children);
    } else if (token.nesting === -1) {
      stack.pop();
    } else {
      siblings.push({ token, children: [] });
    }
  }
  return root;
}
