import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { z } from 'zod';
import { annexAApplicability, type ClauseApplicability } from '../../../shared/regulatory/annex-a';
import { parseAnswers } from '../../../shared/regulatory/answer-schema';
import { classificationAnswersSchema, classifySoftware, type ClassificationResult } from '../../../shared/regulatory/classification';
import { fdaAnswersSchema, fdaDocumentationLevel, type FdaResult } from '../../../shared/regulatory/fda-level';
import { classifyMdr, mdrAnswersSchema, mdrClassWords, type MdrResult } from '../../../shared/regulatory/mdr-class';
import { describeProblem, type InputProblem } from '../../../shared/regulatory/problems';
import { applicabilityInputSchema, type SafetyClass } from '../../../shared/regulatory/safety-class';
import { EXIT } from '../exit-codes';
import { CliFailure, emit } from '../output';
import { runCommand } from '../run-command';

// The regulatory decision rules as commands for scripts and CI. They need no project: each reads its
// answers, runs the pure rule from shared/regulatory and prints the result.

interface AnswersOptions {
  answers?: string;
  json?: boolean;
}

/** A refused input: exit 2 and the error shape of the API, naming the field (the option itself when the file is at fault). */
function invalidInput(problem: InputProblem, fallbackField: string): CliFailure {
  const field = problem.field ?? fallbackField;
  const message = describeProblem({ field, message: problem.message });
  return new CliFailure(message, EXIT.usage, { code: 'invalid_input', message, field });
}

function readAnswers(path: string | undefined): unknown {
  if (!path) throw invalidInput({ message: 'Required: pass --answers <file.json>.' }, 'answers');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw invalidInput({ message: `Cannot read ${path}: ${reason}.` }, 'answers');
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw invalidInput({ message: `${path} is not valid JSON: ${(error as Error).message}` }, 'answers');
  }
}

interface AnswersCommand<S extends z.ZodType, R> {
  name: string;
  description: string;
  example: string;
  schema: S;
  decide: (answers: z.output<S>) => R;
  human: (result: R) => string;
}

/** One command that reads an answers file, validates it with the rule's schema and prints the rule's result. */
function registerAnswersCommand<S extends z.ZodType, R>(program: Command, spec: AnswersCommand<S, R>): void {
  program
    .command(spec.name)
    .description(spec.description)
    .option('--answers <file>', 'JSON file with the answers')
    .option('--json', 'machine-readable output')
    .addHelpText('after', `\nExample:\n  ${spec.example}\nA missing, wrong or contradictory answer exits with code 2 and names the field.`)
    .action((o: AnswersOptions) =>
      runCommand(o.json, async () => {
        const parsed = parseAnswers(spec.schema, readAnswers(o.answers));
        if (!parsed.ok) throw invalidInput(parsed.problem, 'answers');
        const result = spec.decide(parsed.value);
        emit(o, result, () => spec.human(result));
      }),
    );
}

function applicabilityTable(safetyClass: SafetyClass, rows: readonly ClauseApplicability[]): string {
  const clauseWidth = Math.max(...rows.map((r) => r.clause.length));
  const titleWidth = Math.max(...rows.map((r) => r.title.length));
  const lines = rows.map((r) => `${r.applies ? '✓' : '–'}  ${r.clause.padEnd(clauseWidth)}  ${r.title.padEnd(titleWidth)}  ${r.classes.join(' ')}`);
  const applicable = rows.filter((r) => r.applies).length;
  return [
    `IEC 62304 Annex A (Table A.1, as amended 2015) for software safety class ${safetyClass}:`,
    ...lines,
    `${applicable} of ${rows.length} active clauses apply to class ${safetyClass}.`,
  ].join('\n');
}

export function registerRegulatoryCommands(program: Command): void {
  registerAnswersCommand(program, {
    name: 'classify',
    description: 'IEC 62304 software safety class (A, B or C) and its rationale, from the clause 4.3 answers.',
    example: `cairn classify --answers answers.json   # {"contributesToHazardousSituation": true, "riskAcceptableWithExternalControls": false, "worstHarm": "serious-injury"}`,
    schema: classificationAnswersSchema,
    decide: classifySoftware,
    human: (r: ClassificationResult) => `Software safety class: ${r.class}\n\n${r.rationale}`,
  });

  program
    .command('applicability')
    .description('Which IEC 62304 sub-clauses (Annex A, Table A.1) apply to a software safety class.')
    .option('--class <class>', 'software safety class: A, B or C')
    .option('--json', 'machine-readable output')
    .addHelpText('after', '\nExample:\n  cairn applicability --class B --json')
    .action((o: { class?: string; json?: boolean }) =>
      runCommand(o.json, async () => {
        const parsed = parseAnswers(applicabilityInputSchema, { class: o.class });
        if (!parsed.ok) throw invalidInput(parsed.problem, 'class');
        const rows = annexAApplicability(parsed.value.class);
        emit(o, rows, () => applicabilityTable(parsed.value.class, rows));
      }),
    );

  registerAnswersCommand(program, {
    name: 'mdr-class',
    description: 'EU MDR class of software (Annex VIII implementing rules 3.3 and 3.5, Rule 11) with the rules applied.',
    example: `cairn mdr-class --answers answers.json   # {"isMedicalDeviceSoftware": true, "drivesOrInfluencesHardware": false, "informsDiagnosisOrTherapyDecisions": true, "worstDecisionImpact": "other", "monitorsPhysiologicalProcesses": false}`,
    schema: mdrAnswersSchema,
    decide: classifyMdr,
    human: (r: MdrResult) => `EU MDR class: ${mdrClassWords(r.class)}\nRules applied: ${r.rules.length ? r.rules.join(', ') : 'none'}\n\n${r.rationale}`,
  });

  registerAnswersCommand(program, {
    name: 'fda-level',
    description: 'FDA documentation level (Basic or Enhanced, June 2023 guidance) with rationale and advisories.',
    example: `cairn fda-level --answers answers.json   # {"probableRiskOfDeathOrSeriousInjury": false, "combinationProduct": true}`,
    schema: fdaAnswersSchema,
    decide: fdaDocumentationLevel,
    human: (r: FdaResult) =>
      [`FDA documentation level: ${r.level}`, '', r.rationale, ...(r.advisories.length ? ['', 'Advisories:', ...r.advisories.map((a) => `  - ${a.flag}: ${a.message}`)] : [])].join(
        '\n',
      ),
  });
}
