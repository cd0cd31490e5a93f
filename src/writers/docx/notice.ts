import type { FileChild } from 'docx';
import type { Notice } from '../../ast/types.js';
import type { RenderContext } from './render-context.js';
import { styleIds } from './styles.js';

/**
 * A boxed notice. Its paragraphs take the Notice style, whose identical borders Word and
 * LibreOffice merge into one shaded box around the group.
 */
export function renderNotice(node: Notice, ctx: RenderContext): FileChild[] {
  return ctx.render(node.content, { ...ctx, paragraphStyle: styleIds.notice });
}
