import { compileScript, compileStyle, compileTemplate, parse } from '@vue/compiler-sfc';
import { describe, expect, it } from 'vitest';
import { compile } from './compile.js';
import { ALL_SPECS } from './testing/specs.js';
import { testTokens } from './testing/tokens.js';

const tokens = testTokens();
const outputs = ALL_SPECS.map(([name, spec]) => ({ name, out: compile(spec, tokens, 'vue-css') }));
const sfcOf = (name: string) => outputs.find((o) => o.name === name)!.out.files[0]!.content;

/** The full @vue/compiler-sfc pipeline a bundler plugin runs: parse, script (with the template inlined), template, styles. */
function compileSfc(source: string, filename: string) {
  const { descriptor, errors } = parse(source, { filename });
  expect(errors, `${filename} parse`).toEqual([]);
  const id = 'data-v-test';
  const script = compileScript(descriptor, { id, inlineTemplate: true });
  const template = compileTemplate({
    source: descriptor.template!.content,
    filename,
    id,
    scoped: descriptor.styles.some((s) => s.scoped),
    compilerOptions: { bindingMetadata: script.bindings },
  });
  expect(template.errors, `${filename} template`).toEqual([]);
  expect(template.tips, `${filename} template tips`).toEqual([]);
  const styles = descriptor.styles.map((style) => compileStyle({ source: style.content, filename, id, scoped: style.scoped }));
  for (const style of styles) expect(style.errors, `${filename} style`).toEqual([]);
  return { descriptor, script, template, styles };
}

describe('vue-css', () => {
  it('passes @vue/compiler-sfc: parse, compileScript, compileTemplate, compileStyle', () => {
    for (const { name, out } of outputs) compileSfc(out.files[0]!.content, `${name}.vue`);
  });

  it('writes <script setup lang="ts"> with typed props, withDefaults, defineEmits and refs', () => {
    const sfc = sfcOf('pricing-card');
    expect(sfc.startsWith('<script setup lang="ts">\n')).toBe(true);
    expect(sfc).toContain('withDefaults(defineProps<PricingCardProps>(), {');
    expect(sfc).toContain("  title: 'Pro',");
    expect(sfc).toContain('const emit = defineEmits<{\n  choose: [];\n}>();');
    expect(sfc).toContain('const selected = ref(false);');
    expect(sfc).toContain('selected.value = !selected.value;');
    expect(sfc).toContain(`emit('choose');`);
    expect(sfc).toContain('<li v-for="item in featureItems" :key="item.id" class="pricing-card__feature">{{ item.label }}</li>');
    expect(sfc).toContain(':aria-pressed="selected"');
    expect(sfc).toContain('<template v-if="selected">Selected</template><template v-else>Choose plan</template>');
  });

  it('keeps token declarations out of the scoped block (scoping would rewrite :root)', () => {
    const { styles, descriptor } = compileSfc(sfcOf('pricing-card'), 'PricingCard.vue');
    expect(descriptor.styles.map((s) => Boolean(s.scoped))).toEqual([false, true]);
    expect(styles[0]!.code).toContain(':root {');
    expect(styles[1]!.code).toContain('.pricing-card__cta[data-v-test]:hover');
    expect(styles[1]!.code).toContain('@media (min-width: 48rem)');
  });

  it('wires submit with .prevent, reads event values and keeps props reachable when names are keywords', () => {
    const form = sfcOf('signup-form');
    expect(form).toContain('@submit.prevent="handleFormSubmit"');
    expect(form).toContain('email.value = (event.currentTarget as HTMLInputElement).value;');
    expect(form).toContain('<p v-if="attempts === 3" class="signup-form__error" role="alert">');
    const awkward = sfcOf('awkward-names');
    expect(awkward).toContain('const props = withDefaults(');
    expect(awkward).toContain('{{ props.class }}');
    expect(awkward).toContain('renderValue.value = props.default;');
  });

  it('uses <template v-for> for several nodes per item', () => {
    expect(sfcOf('glossary')).toContain('<template v-for="item in items" :key="item.term">');
  });

  it('compiles spec text to text nodes and string data, never to expressions', () => {
    const sfc = sfcOf('hostile-text');
    expect(sfc.match(/<script/gi)).toHaveLength(1);
    const { script } = compileSfc(sfc, 'HostileText.vue');
    // Text nodes carry the spec text as data; the static part is hoisted as escaped HTML.
    expect(script.content).toContain('_createTextVNode("</style><script>alert(1)</script> | {{constructor');
    expect(script.content).toContain('&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    // An expression reading anything but the component's own bindings compiles to `_ctx.…`: there is none.
    expect(script.content).not.toContain('_ctx.');
  });
});
