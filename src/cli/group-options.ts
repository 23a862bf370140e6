/**
 * The groups of `fyrabend summary`: the `--group department=IT;workplace=Oslo` option and the configured
 * lists of labels (a `--groups FILE` or the lists stored by the app). A list follows the same label rules
 * as the list editor in the window (src/core/anonymise/group-labels.ts): each label is trimmed, checked,
 * and repeats that differ only in capital letters are kept once; a bad label stops with its place.
 */
import { dedupeGroupLabels, GROUP_DIMENSIONS, GROUP_LABEL_MAX_LENGTH, GROUP_LABELS_MAX, groupLabelProblem, isGroupDimension, normaliseGroupLabel, sameGroupLabel, type GroupOptions } from '../core/anonymise/index';
import type { Lang } from '../core/model';
import { parseJsonText, problemSentence } from '../shared/formats/problems';
import { UsageError } from './command';
import { u } from './usage-texts';

/**
 * `department=IT;workplace=Oslo` → { department: 'IT', workplace: 'Oslo' }. A value that names a label
 * of the configured list in other capitals or spacing (`department=it`) becomes the list's spelling.
 */
export function parseGroupOption(text: string, options: GroupOptions, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(/[;,](?=\s*\w+\s*=)/)) {
    const eq = part.indexOf('=');
    if (eq < 0) throw new UsageError(u(lang, 'group-syntax', { value: text }));
    const dimension = part.slice(0, eq).trim();
    const value = normaliseGroupLabel(part.slice(eq + 1));
    const listed = isGroupDimension(dimension) ? options[dimension]?.find((label) => sameGroupLabel(label, value)) : undefined;
    out[dimension] = listed ?? value;
  }
  return out;
}

/** The configured lists of group labels: a JSON object { workplace: [...], department: [...], jobCategory: [...] }; `where` names the source. */
export function parseGroupOptions(text: string, where: string, lang: Lang): GroupOptions {
  const json = parseJsonText(text);
  if (!json.ok) throw new UsageError(problemSentence(where, json.problem, lang).replace(/\.$/, ''));
  const value = json.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new UsageError(u(lang, 'groups-object', { where }));
  const out: Record<string, string[]> = {};
  for (const [key, list] of Object.entries(value as Record<string, unknown>)) {
    if (!(GROUP_DIMENSIONS as readonly string[]).includes(key)) throw new UsageError(u(lang, 'groups-unknown', { where, key }));
    if (!Array.isArray(list) || list.some((x) => typeof x !== 'string')) throw new UsageError(u(lang, 'groups-list', { where, key }));
    const labels = (list as string[]).map((raw, i) => {
      const label = normaliseGroupLabel(raw);
      const problem = groupLabelProblem(label);
      if (problem === 'empty') throw new UsageError(u(lang, 'label-empty', { where, key, i }));
      if (problem === 'too-long') throw new UsageError(u(lang, 'label-too-long', { where, key, i, max: GROUP_LABEL_MAX_LENGTH }));
      if (problem === 'characters') throw new UsageError(u(lang, 'label-characters', { where, key, i, value: label.length > 40 ? `${label.slice(0, 40)}…` : label }));
      return label;
    });
    const kept = dedupeGroupLabels(labels);
    if (kept.length > GROUP_LABELS_MAX) throw new UsageError(u(lang, 'groups-too-many', { where, key, count: kept.length, max: GROUP_LABELS_MAX }));
    out[key] = kept;
  }
  return out;
}
