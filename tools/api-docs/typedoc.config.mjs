// TypeDoc settings for the API reference of @syncraft/runtime (docs/api/): one Markdown page per
// entry point, from the doc comments. The entry points are the workspace's paths to the runtime's
// source (tsconfig.base.json), which a runtime test keeps equal to the package's `exports`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OptionDefaults } from 'typedoc';

const root = fileURLToPath(new URL('../../', import.meta.url));
const base = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''));

/** @type {Partial<import('typedoc').TypeDocOptions & import('typedoc-plugin-markdown').PluginOptions>} */
export default {
  entryPoints: Object.values(base.compilerOptions.paths).map(([source]) => join(root, source)),
  tsconfig: join(root, 'runtime/tsconfig.build.json'),
  plugin: ['typedoc-plugin-markdown'],
  out: join(root, 'docs/api'),
  readme: 'none',
  name: '@syncraft/runtime API reference',
  excludePrivate: true,
  excludeInternal: true,
  // No links to source lines: they would change with every edit and the check would fail for nothing.
  disableSources: true,
  hideGenerator: true,
  outputFileStrategy: 'modules',
  entryFileName: 'README.md',
  flattenOutputFiles: true,
  hideBreadcrumbs: true,
  hidePageHeader: true,
  useCodeBlocks: true,
  // Tables keep the pages short: one row per parameter or property instead of a heading each.
  parametersFormat: 'table',
  interfacePropertiesFormat: 'table',
  classPropertiesFormat: 'table',
  typeDeclarationFormat: 'table',
  propertyMembersFormat: 'table',
  // A public type that names an unexported one, or a {@link} to nothing, fails the check.
  validation: { notExported: true, invalidLink: true, rewrittenLink: true, notDocumented: false },
  treatWarningsAsErrors: true,
  // JSON Schema keywords that the generated spec and wire types carry as tags.
  blockTags: [...OptionDefaults.blockTags, '@minItems', '@maxItems', '@minLength', '@maxLength', '@pattern'],
};
