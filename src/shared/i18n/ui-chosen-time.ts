/**
 * Issue 14 item 3 in the window: start and stop at a time the user chooses ("I started at 07:45",
 * "I stopped at 16:10", changing the start of the running session). Bokmål, nynorsk and English.
 */
import { defineCatalog } from './catalog';

const nb = {
  'chosen.summary': 'Glemte du å starte eller stoppe? Velg klokkeslettet selv',
  'chosen.time': 'Klokkeslett i dag',
  'chosen.reason': 'Grunn (bare hvis måneden allerede er sendt til lønn)',
  'chosen.startAt': 'Jeg begynte klokken {time}',
  'chosen.stopAt': 'Jeg sluttet klokken {time}',
  'chosen.changeStart': 'Flytt starten til {time}',
  'chosen.badTime': 'Skriv klokkeslettet som TT:MM, for eksempel 07:45.',
  'chosen.done.start': 'Økten er startet fra {time}.',
  'chosen.done.stop': 'Økten er stoppet klokken {time}.',
  'chosen.done.change': 'Starten er flyttet til {time}.',
};

type Key = keyof typeof nb;

const nn: Record<Key, string> = {
  'chosen.summary': 'Gløymde du å starte eller stoppe? Vel klokkeslettet sjølv',
  'chosen.time': 'Klokkeslett i dag',
  'chosen.reason': 'Grunn (berre om månaden alt er send til løn)',
  'chosen.startAt': 'Eg byrja klokka {time}',
  'chosen.stopAt': 'Eg slutta klokka {time}',
  'chosen.changeStart': 'Flytt starten til {time}',
  'chosen.badTime': 'Skriv klokkeslettet som TT:MM, til dømes 07:45.',
  'chosen.done.start': 'Økta er starta frå {time}.',
  'chosen.done.stop': 'Økta er stoppa klokka {time}.',
  'chosen.done.change': 'Starten er flytta til {time}.',
};

const en: Record<Key, string> = {
  'chosen.summary': 'Forgot to start or stop? Choose the time yourself',
  'chosen.time': 'Time today',
  'chosen.reason': 'Reason (only if the month has already been sent to payroll)',
  'chosen.startAt': 'I started at {time}',
  'chosen.stopAt': 'I stopped at {time}',
  'chosen.changeStart': 'Move the start to {time}',
  'chosen.badTime': 'Write the time as HH:MM, for example 07:45.',
  'chosen.done.start': 'The session was started from {time}.',
  'chosen.done.stop': 'The session was stopped at {time}.',
  'chosen.done.change': 'The start was moved to {time}.',
};

export const UI_CHOSEN_TIME = defineCatalog<Key>({ nb, nn, en });
export type UiChosenTimeKey = Key;
