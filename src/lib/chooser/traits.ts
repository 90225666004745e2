import { z } from 'zod';

/**
 * What tells the forms of collaboration apart, as the chooser asks about it. Each form's page
 * states its own traits (`chooser:` in its frontmatter), each answer in `content/chooser.yaml`
 * states the facts it establishes (`facts:`), and the chooser's result is the one form whose
 * traits agree with every fact on the reader's path. So a result can never contradict an
 * earlier answer: the answers are what selects it.
 */
export const traitValues = {
  /** Whose project it is (事業の主体): the ward's, the group's, or both together. */
  owner: ['ward', 'group', 'joint'],
  /** What the ward gives to a group's own project: its name, practical help, or money. */
  support: ['name', 'help', 'money'],
  /** How the ward's own project is run: handed over by contract, or run by the ward with groups taking part. */
  execution: ['contract', 'with-group'],
  /** One event or project, or an ongoing forum. */
  span: ['event', 'ongoing'],
  /** How many groups host it beside the ward: one, or several in an organisation of their own. */
  hosts: ['one', 'several'],
} as const;

export type TraitName = keyof typeof traitValues;
type TraitValue<Name extends TraitName> = (typeof traitValues)[Name][number];
/** A form's traits: one value for each trait it states. */
export type Traits = { [Name in TraitName]?: TraitValue<Name> | undefined };
/** An answer's facts: one value, or several when the reader asks for a combination (the ward's name *and* help). */
export type Facts = { [Name in TraitName]?: TraitValue<Name> | readonly TraitValue<Name>[] | undefined };

const traitNames = Object.keys(traitValues) as TraitName[];

/** A form's traits: any of the names above, each with one of its values. */
export const traitsSchema = z
  .object({
    owner: z.enum(traitValues.owner).optional(),
    support: z.enum(traitValues.support).optional(),
    execution: z.enum(traitValues.execution).optional(),
    span: z.enum(traitValues.span).optional(),
    hosts: z.enum(traitValues.hosts).optional(),
  } satisfies Record<TraitName, z.ZodType>)
  .strict();

/** One value, or two or more different ones (a combination). */
const oneOrSeveral = <Values extends readonly [string, ...string[]]>(values: Values) =>
  z
    .union([z.enum(values), z.array(z.enum(values)).min(2).refine((list) => new Set(list).size === list.length, { message: '同じ値が二度書かれています' })], {
      error: `${values.join('・')} のどれか、または組み合わせるときはその2つ以上の並び（例: [${values.slice(0, 2).join(', ')}]）を書いてください`,
    })
    .optional();

/** An answer's facts: like a form's traits, but a trait may list several values when the reader asks for several things at once. */
export const factsSchema = z
  .object({
    owner: oneOrSeveral(traitValues.owner),
    support: oneOrSeveral(traitValues.support),
    execution: oneOrSeveral(traitValues.execution),
    span: oneOrSeveral(traitValues.span),
    hosts: oneOrSeveral(traitValues.hosts),
  } satisfies Record<TraitName, z.ZodType>)
  .strict();

/**
 * Whether a form fits the facts gathered so far. A fact about a trait the form does not state
 * rules it out: a form without `support` is not a way for the ward to support a group's project.
 * A fact with several values is met by a form with any of them: each is one part of the combination.
 */
export function fitsFacts(form: Traits, facts: Facts): boolean {
  return traitNames.every((name) => {
    const wanted = facts[name];
    if (wanted === undefined) return true;
    return typeof wanted === 'string' ? form[name] === wanted : (wanted as readonly string[]).includes(form[name] ?? '');
  });
}

/** How many forms a path with these facts must end on: one, or one for each thing asked for together. */
export function formsExpected(facts: Facts): number {
  return Object.values(facts).reduce((count: number, value) => count * (Array.isArray(value) ? value.length : 1), 1);
}

/** The facts of a path: each answer's facts in turn (a later answer cannot unsay an earlier one; the schema forbids restating a trait). */
export function factsOf(answers: readonly { facts?: Facts }[]): Facts {
  return Object.assign({}, ...answers.map((answer) => answer.facts ?? {}));
}
