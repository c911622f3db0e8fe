// The component engine: pure TypeScript, no I/O, no Node- or DOM-only
// imports, so the API, the worker, the web app and a CLI all share it.
export { TARGETS, TARGET_IDS, isTargetId, type Target, type TargetId, type Framework, type Styling } from './targets.js';
export { EngineError, type EngineIssue } from './engine-error.js';
export * from './spec/schema.js';
export * from './spec/style.js';
export { validateSpec, parseSpec, specJsonSchema, SPEC_LIMITS, type SpecValidation } from './spec/validate-spec.js';
export * from './tokens/model.js';
export { tailwindThemeEntry, type TailwindThemeEntry } from './tokens/tailwind-namespace.js';
export { tailwindClasses } from './compile/tailwind/tailwind-classes.js';
export { chakraStyleProps } from './compile/chakra/chakra-props.js';
export { chakraThemeConfig, chakraThemeDefinition, type ChakraThemeDefinition } from './compile/chakra/chakra-theme.js';
export { chakraJsxAttributes } from './compile/chakra/chakra-jsx.js';
export { chakraTokenOf, type ChakraToken, type ChakraCategory } from './compile/chakra/chakra-tokens.js';
export { analyzeSpec } from './quality/analyze-spec.js';
export {
  QualityReportSchema,
  CONTRAST_STATES,
  SCORE_PENALTIES,
  qualityScore,
  type QualityReport,
  type ContrastPair,
  type ContrastState,
  type A11yIssue,
  type LiteralValue,
  type UnknownToken,
  type TokenCompliance,
  type QualitySummary,
  type Severity,
} from './quality/quality-report.js';
export { A11Y_RULES, A11Y_RULE_IDS } from './quality/a11y-rules.js';
export { matchToken, type TokenMatch, type MatchTolerance } from './quality/match-token.js';
export {
  importHtml,
  IMPORT_LIMITS,
  type ImportHtmlOptions,
  type ImportHtmlResult,
  type MappedValue,
  type UnsupportedConstruct,
} from './import/import-html.js';
export { importTokens, TOKEN_IMPORT_FORMATS, type TokenImportFormat } from './tokens/import-tokens.js';
export { importDtcg } from './tokens/import-dtcg.js';
export { importStyleDictionary } from './tokens/import-style-dictionary.js';
export { importCssVariables } from './tokens/import-css-variables.js';
export { importTailwindTheme } from './tokens/import-tailwind-theme.js';
export type { ImportOptions, SkippedToken } from './tokens/import-options.js';
export { exportTokens, TOKEN_EXPORT_FORMATS, TOKEN_EXPORT_FILES, type TokenExportFormat } from './tokens/export-tokens.js';
export { withRoles, type RoleCompletion } from './tokens/roles.js';
export { presets, getPreset, isPresetId, PRESET_IDS, type PresetId } from './tokens/presets/index.js';
export { contrastRatio, relativeLuminance, meetsContrastAA } from './tokens/contrast.js';
export { TOKEN_LIMITS, type TokenErrorCode } from './tokens/token-error.js';
export { pathFromCssVar } from './tokens/token-path.js';
export { TOKEN_TYPES, isTokenType } from './tokens/build-token.js';
export type { BorderValue, TransitionValue, GradientStop } from './tokens/composite-values.js';
export type { StrokeStyleValue } from './tokens/primitive-values.js';
export { compile, compileAll, availableTargets, type Emitter } from './compile/compile.js';
export type { CompiledFile, CompiledOutput, FileLanguage } from './compile/files.js';
export { buildModel } from './compile/core.js';
export type { ComponentModel, ElementModel, NodeModel } from './compile/model.js';
export { buildStylesheet, printCss, type Stylesheet, type CssRule, type CssDeclaration, type PrintCssOptions } from './compile/css.js';
export { cssStrategy, type StylingStrategy, type JsxProp, type JsxStyling } from './compile/strategy.js';
export { generateSpec, type GenerateOptions, type GenerateResult } from './generator/generate.js';
export { ARCHETYPES, ARCHETYPE_IDS, archetypeById } from './generator/archetypes/index.js';
export { defaultSlots, type Archetype, type Slots, type Lang } from './generator/types.js';
