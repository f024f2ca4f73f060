import { IntentNames, SlotNames, SlotTypes } from '../lambda/constants';
import type { ModelSource } from './types';

/** Shared by en-US, en-GB, en-CA, en-AU and en-IN. */
export const english: ModelSource = {
  invocationName: 'muscle relaxation',
  launchVerbs: ['open', 'start', 'launch', 'begin', 'load', 'run'],
  oneShotPatterns: ['ask {invocation} (to|for|about|if|whether) {request}', 'ask {invocation} {request}', 'tell {invocation} (to|that) {request}', '{request} (with|using|from) {invocation}'],
  intents: [
    {
      name: IntentNames.StartRelaxation,
      slots: [{ name: SlotNames.Length, type: SlotTypes.Length }],
      samples: [
        '(start|begin|do|play) [a|the|my] {length} [muscle] relaxation',
        '(start|begin|do|play) [a|the|my] {length} [relaxation] (session|exercise|version)',
        '(start|begin|do|play) [a|the|my] [progressive] muscle relaxation',
        '(start|begin|do|play) [a|the] relaxation [exercise|session]',
        '[the] {length} (version|one|relaxation|session)',
        'i (want|would like) [to do] [a|the] {length} [relaxation|session|version]',
        'i (want|would like) to relax',
        '(help me|let me|let\'s) relax',
        'relax my muscles',
        '{length}',
      ],
    },
    { name: IntentNames.Help },
    { name: IntentNames.Stop },
    { name: IntentNames.Cancel },
    { name: IntentNames.NavigateHome },
    { name: IntentNames.Fallback },
    { name: IntentNames.Pause, samples: ['pause [the] [relaxation|exercise|session]', 'take a break', 'hold on'] },
    {
      name: IntentNames.Resume,
      samples: [
        'resume [the] [relaxation|exercise|session]',
        'continue [the] [relaxation|exercise|session]',
        '(go|carry) on',
        'keep going',
        'continue where i (left off|stopped)',
        'pick up where i (left off|stopped)',
      ],
    },
    { name: IntentNames.Next, samples: ['next [part|one|step]', 'skip [this|ahead|this part]'] },
    { name: IntentNames.Repeat, samples: ['repeat [that|this|this part]', 'say that again', 'once more'] },
    { name: IntentNames.StartOver, samples: ['start over', 'start (again|from the beginning)', 'restart [the] [relaxation|exercise]'] },
    { name: IntentNames.Yes },
    { name: IntentNames.No },
  ],
  types: [
    {
      name: SlotTypes.Length,
      values: [
        { id: 'short', name: 'short', synonyms: ['quick', 'brief', 'shorter', 'five minute', 'four group'] },
        { id: 'standard', name: 'standard', synonyms: ['normal', 'regular', 'medium', 'ten minute', 'usual'] },
        { id: 'long', name: 'long', synonyms: ['longer', 'full', 'extended', 'complete', 'twenty minute'] },
      ],
    },
  ],
  builtInPhrases: {
    [IntentNames.Yes]: ['yes', 'yeah', 'yep', 'sure', 'okay', 'ok', 'please do'],
    [IntentNames.No]: ['no', 'nope', 'no thanks', 'not now'],
    [IntentNames.Help]: ['help', 'what can i say', 'what can you do'],
    [IntentNames.Stop]: ['stop', 'quit', 'exit', 'be quiet'],
    [IntentNames.Cancel]: ['cancel', 'never mind'],
    [IntentNames.NavigateHome]: ['go home', 'home'],
    [IntentNames.Pause]: ['pause'],
    [IntentNames.Resume]: ['resume', 'continue'],
    [IntentNames.Next]: ['next', 'skip'],
    [IntentNames.Repeat]: ['repeat', 'again'],
    [IntentNames.StartOver]: ['start over', 'restart'],
  },
};
