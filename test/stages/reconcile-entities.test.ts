import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/stages/reconcile/index.js';
import type { EntityType } from '../../src/model/schemas.js';
import { bundle } from '../helpers.js';

const LINES = ['One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six.'];
const mention = (name: string, type: EntityType, s: number) => ({ name, type, citation: { articleId: 'a1', sentenceId: `a1.s${s}` } });

describe('reconcile: organisations written several ways', () => {
  it('folds an acronym into the one organisation whose initials it is, and a name without "of" into the name with it', () => {
    const r = reconcile({ storyId: 's', articles: [bundle('a1', 'Courier', '2024-06-02', LINES, [], {
      entities: [
        mention('Dunmore Bureau of Investigation', 'organization', 0), mention('DBI', 'organization', 1),
        mention('Dunmore Bureau Investigation', 'organization', 2), mention('FBI', 'organization', 3),
        mention('Dunmore Fire Department', 'organization', 4), mention('DFD', 'organization', 5),
      ],
    })] });
    const byName = new Map(r.entities.map((e) => [e.name, e]));
    expect(byName.get('Dunmore Bureau of Investigation')!.variants).toEqual(['DBI', 'Dunmore Bureau Investigation', 'Dunmore Bureau of Investigation']);
    expect(byName.get('Dunmore Bureau of Investigation')!.citations).toHaveLength(3);
    expect(byName.get('Dunmore Fire Department')!.variants).toEqual(['DFD', 'Dunmore Fire Department']);
    // No organisation of the story has the initials F-B-I: the acronym stays on its own.
    expect(byName.get('FBI')!.variants).toEqual(['FBI']);
  });

  it('leaves an acronym alone when two organisations share its initials', () => {
    const r = reconcile({ storyId: 's', articles: [bundle('a1', 'Courier', '2024-06-02', LINES, [], {
      entities: [mention('Dunmore Police Department', 'organization', 0), mention('Dunmore Public Defenders', 'organization', 1), mention('DPD', 'organization', 2)],
    })] });
    expect(r.entities.map((e) => e.name).sort()).toEqual(['DPD', 'Dunmore Police Department', 'Dunmore Public Defenders']);
  });

  it('joins one name spaced and hyphenated two ways', () => {
    const r = reconcile({ storyId: 's', articles: [bundle('a1', 'Courier', '2024-06-02', LINES, [], {
      entities: [mention('Dunmore Herald Ledger', 'person', 0), mention('Dunmore Herald-Ledger', 'person', 1)],
    })] });
    expect(r.entities.map((e) => e.variants)).toEqual([['Dunmore Herald Ledger', 'Dunmore Herald-Ledger']]);
  });

  it('credits quotes to the organisation, whichever way the speaker is written, and a bare pronoun to nobody', () => {
    const quote = (speaker: string, s: number, text: string) => ({ speaker, cue: 'said', channel: null, text, direct: false, citations: [{ articleId: 'a1', sentenceId: `a1.s${s}` }] });
    const r = reconcile({ storyId: 's', articles: [bundle('a1', 'Courier', '2024-06-02', LINES, [], {
      entities: [mention('Dunmore Bureau of Investigation', 'organization', 0), mention('DBI', 'organization', 1)],
      quotes: [
        quote('the DBI', 1, 'the suspect was armed with two rifles'),
        quote('The Dunmore Bureau Investigation', 2, 'one person died at the scene of the crash'),
        quote('I', 3, 'he had been switching shifts with the clerk'),
      ],
    })] });
    const speakers = new Map(r.quotes.map((q) => [q.text, q.speaker]));
    expect(speakers.get('the suspect was armed with two rifles')).toBe('Dunmore Bureau of Investigation');
    expect(speakers.get('one person died at the scene of the crash')).toBe('Dunmore Bureau of Investigation');
    expect(speakers.get('he had been switching shifts with the clerk')).toBeNull();
  });
});
