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
export type Traits = { [Name in TraitName]?: (typeof traitValues)[Name][number] | undefined };

const traitNames = Object.keys(traitValues) as TraitName[];

/** A form's traits or an answer's facts: any of the names above, each with one of its values. */
export const traitsSchema = z
  .object({
    owner: z.enum(traitValues.owner).optional(),
    support: z.enum(traitValues.support).optional(),
    execution: z.enum(traitValues.execution).optional(),
    span: z.enum(traitValues.span).optional(),
    hosts: z.enum(traitValues.hosts).optional(),
  } satisfies Record<TraitName, z.ZodType>)
  .strict();

/**
 * Whether a form fits the facts gathered so far. A fact about a trait the form does not state
 * rules it out: a form without `support` is not a way for the ward to support a group's project.
 */
export function fitsFacts(form: Traits, facts: Traits): boolean {
  return traitNames.every((name) => facts[name] === undefined || form[name] === facts[name]);
}

/** The facts of a path: each answer's facts in turn (a later answer cannot unsay an earlier one; the schema forbids restating a trait). */
export function factsOf(answers: readonly { facts?: Traits }[]): Traits {
  return Object.assign({}, ...answers.map((answer) => answer.facts ?? {}));
}
