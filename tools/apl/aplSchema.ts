import * as z from 'zod/mini';
import type { ExerciseScreenData } from '../../lambda/apl/exerciseScreen';

/*
 * The subset of APL 2024.3 the exercise screen uses, with the property names of Amazon's
 * reference (base component, Container child, Container, Frame and Text properties;
 * document and resource-block properties). Objects are strict, so a misspelled property or
 * an unknown component type fails here instead of being silently ignored on the device.
 */

/** A data-binding expression: `${...}`, optionally with a unit after it (`${p}%`). */
const BINDING = /^\$\{[^}]+\}(dp|px|vw|vh|%)?$/;
/** A resource reference: `@name`. */
const RESOURCE = /^@[A-Za-z_]\w*$/;

const expression = z.string().check(z.regex(BINDING));
const resource = z.string().check(z.regex(RESOURCE));
/** `auto`, a number with an optional unit, a resource, or a binding. */
const dimension = z.union([z.number(), z.string().check(z.regex(/^(auto|\d+(\.\d+)?(dp|px|vw|vh|%)?)$/)), resource, expression]);
/** Padding and radii take absolute dimensions only: no `%`, no `auto`. */
const absoluteDimension = z.union([z.number(), z.string().check(z.regex(/^\d+(\.\d+)?(dp|px|vw|vh)?$/)), resource, expression]);
const color = z.union([z.string().check(z.regex(/^#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/)), resource, expression]);
const text = z.string();
const condition = z.union([z.boolean(), expression]);

/** Properties every component has (base component properties). */
const base = {
  when: z.optional(condition),
  id: z.optional(z.string().check(z.regex(/^[_a-zA-Z][_a-zA-Z0-9]*$/))),
  description: z.optional(z.string()),
  accessibilityLabel: z.optional(text),
  width: z.optional(dimension),
  height: z.optional(dimension),
  minWidth: z.optional(dimension),
  maxWidth: z.optional(dimension),
  minHeight: z.optional(dimension),
  maxHeight: z.optional(dimension),
  opacity: z.optional(z.union([z.number().check(z.minimum(0), z.maximum(1)), expression])),
  paddingLeft: z.optional(absoluteDimension),
  paddingRight: z.optional(absoluteDimension),
  paddingTop: z.optional(absoluteDimension),
  paddingBottom: z.optional(absoluteDimension),
};

/** Properties a component has when its parent is a Container (Container child properties). */
const containerChild = {
  spacing: z.optional(dimension),
  grow: z.optional(z.number()),
  shrink: z.optional(z.number()),
  alignSelf: z.optional(z.enum(['auto', 'start', 'end', 'center', 'baseline', 'stretch'])),
};

const TextSchema = z.strictObject({
  type: z.literal('Text'),
  ...base,
  ...containerChild,
  text: text,
  color: z.optional(color),
  fontSize: z.optional(absoluteDimension),
  fontWeight: z.optional(z.enum(['normal', 'bold', '100', '200', '300', '400', '500', '600', '700', '800', '900'])),
  fontStyle: z.optional(z.enum(['normal', 'italic'])),
  textAlign: z.optional(z.enum(['auto', 'left', 'center', 'right', 'start', 'end'])),
  textAlignVertical: z.optional(z.enum(['auto', 'top', 'center', 'bottom'])),
  maxLines: z.optional(z.int().check(z.minimum(0))),
  lineHeight: z.optional(z.number()),
});

export type AplComponent = z.infer<typeof TextSchema> | AplContainer | AplFrame;

export interface AplContainer extends z.infer<typeof ContainerShape> {
  items?: AplComponent[];
}

export interface AplFrame extends z.infer<typeof FrameShape> {
  items?: AplComponent[];
}

const ContainerShape = z.strictObject({
  type: z.literal('Container'),
  ...base,
  ...containerChild,
  direction: z.optional(z.enum(['column', 'row', 'columnReverse', 'rowReverse'])),
  alignItems: z.optional(z.enum(['stretch', 'center', 'start', 'end', 'baseline'])),
  justifyContent: z.optional(z.enum(['start', 'end', 'center', 'spaceBetween', 'spaceAround', 'spaceEvenly'])),
});

const FrameShape = z.strictObject({
  type: z.literal('Frame'),
  ...base,
  ...containerChild,
  backgroundColor: z.optional(color),
  borderColor: z.optional(color),
  borderWidth: z.optional(absoluteDimension),
  borderRadius: z.optional(absoluteDimension),
});

// Components nest, so the union refers to itself through getters (zod 4's recursive objects).
const ContainerSchema: z.ZodMiniType<AplContainer> = z.strictObject({
  ...ContainerShape.def.shape,
  get items() {
    return z.optional(z.array(ComponentSchema));
  },
});

const FrameSchema: z.ZodMiniType<AplFrame> = z.strictObject({
  ...FrameShape.def.shape,
  // A Frame holds a single child.
  get items() {
    return z.optional(z.array(ComponentSchema).check(z.maxLength(1)));
  },
});

/** Every component type the document uses; any other `type` is rejected. */
export const ComponentSchema: z.ZodMiniType<AplComponent> = z.union([TextSchema, ContainerSchema, FrameSchema]);

const ResourceBlockSchema = z.strictObject({
  description: z.optional(z.string()),
  when: z.optional(condition),
  colors: z.optional(z.record(z.string(), color)),
  dimensions: z.optional(z.record(z.string(), dimension)),
  strings: z.optional(z.record(z.string(), z.string())),
  numbers: z.optional(z.record(z.string(), z.number())),
});

export const AplDocumentSchema = z.strictObject({
  type: z.literal('APL'),
  version: z.string().check(z.regex(/^\d{4}\.\d+$|^1\.\d+$/)),
  description: z.optional(z.string()),
  theme: z.optional(z.enum(['dark', 'light'])),
  background: z.optional(color),
  resources: z.optional(z.array(ResourceBlockSchema)),
  mainTemplate: z.strictObject({
    parameters: z.array(z.string().check(z.minLength(1))),
    items: z.array(ComponentSchema).check(z.minLength(1)),
  }),
});
export type AplDocument = z.infer<typeof AplDocumentSchema>;

/** What the exercise screen shows (lambda/apl/exerciseScreen.ts); every text is already in the person's language. */
export const ExerciseScreenDataSchema = z.strictObject({
  title: z.string(),
  part: z.string(),
  step: z.int().check(z.minimum(1)),
  steps: z.int().check(z.minimum(1)),
  stepLabel: z.string(),
  progress: z.number().check(z.minimum(0), z.maximum(100)),
  hint: z.string(),
});
// The skill declares the type without zod (zod is a dev dependency); both must stay the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const SCHEMA_MATCHES_SKILL_TYPE: Same<z.infer<typeof ExerciseScreenDataSchema>, ExerciseScreenData> = true;

export const RenderDocumentSchema = z.strictObject({
  type: z.literal('Alexa.Presentation.APL.RenderDocument'),
  token: z.string().check(z.minLength(1)),
  document: AplDocumentSchema,
  datasources: z.strictObject({ exercise: ExerciseScreenDataSchema }),
});
