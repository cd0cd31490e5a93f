import Handlebars from 'handlebars';
import { userError } from '../diagnostics/errors.js';
import type { Model } from '../answers/normalize.js';
import { helpers } from './helpers/index.js';
import type { TemplateSet, TemplateSource } from './load-templates.js';

export type CompiledTemplate = (model: Model) => string;

const knownHelpers = Object.fromEntries(Object.keys(helpers).map((name) => [name, true]));

/** How every template is compiled: strict, our helpers only, and no HTML escaping (answers are Markdown-escaped). */
export const compileOptions = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers,
  noEscape: true,
  preventIndent: true,
};

/** Handlebars' precompiled form of templates, made when the package is bundled (see scripts/bundle.mjs). */
export interface PrecompiledSpecs {
  templates: Record<string, TemplateSpecification>;
  partials: Record<string, TemplateSpecification>;
}

/**
 * A Handlebars environment with our helpers and partials. With `precompiled`, templates skip
 * parsing and code generation, which is most of a cold build's rendering time.
 */
export function createRenderer(set: TemplateSet, precompiled?: PrecompiledSpecs) {
  const hb = Handlebars.create();
  hb.registerHelper(helpers);
  for (const [name, partial] of Object.entries(set.partials)) {
    const spec = precompiled?.partials[name];
    hb.registerPartial(name, spec ? hb.template(spec) : hb.compile(partial.body, compileOptions));
  }
  return {
    compile(template: TemplateSource): CompiledTemplate {
      let compiled: HandlebarsTemplateDelegate;
      try {
        const spec = precompiled?.templates[template.file];
        compiled = spec ? hb.template(spec) : hb.compile(template.body, compileOptions);
      } catch (error) {
        throw templateError(template, error);
      }
      return (model) => {
        try {
          return compiled(model, { allowProtoPropertiesByDefault: false });
        } catch (error) {
          throw templateError(template, error);
        }
      };
    },
  };
}

/**
 * Turns a Handlebars error ("Parse error on line 3" or `"x" not defined in ... - 12:4`) into a
 * diagnostic with the template file's own line numbers (the body starts below the front matter).
 */
function templateError(template: TemplateSource, error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  const offset = template.bodyLine - 1;
  const strict = /^"(.+)" not defined in .* - (\d+):(\d+)$/s.exec(message);
  if (strict) {
    return userError(
      `field \`${strict[1]}\` is not in the answers model, expected a field of the schema or \`derived\``,
      {
        file: template.file,
        line: Number(strict[2]) + offset,
        column: Number(strict[3]) + 1,
      },
    );
  }
  const parse = /line (\d+)/.exec(message);
  const helper = /You specified knownHelpersOnly, but used the unknown helper (\S+) - (\d+):(\d+)/.exec(
    message,
  );
  if (helper) {
    return userError(`unknown helper \`${helper[1]}\`, expected one of ${Object.keys(helpers).join(', ')}`, {
      file: template.file,
      line: Number(helper[2]) + offset,
      column: Number(helper[3]) + 1,
    });
  }
  return userError(`cannot render template: ${message.split('\n')[0]}`, {
    file: template.file,
    ...(parse ? { line: Number(parse[1]) + offset } : {}),
  });
}
