import { describe, expect, it } from 'vitest';
import { bundledRuleset } from '../ruleset/bundled-rules.ts';
import { compileAnchors, compileGate, mayHoldAnchor } from './lure-anchors.ts';

describe('lure anchors', () => {
  it('takes a required literal or literal group from each hint alternative', () => {
    expect(compileAnchors(['w[a-z]{0,6}[^a-z0-9]{0,3}(?:12|twelve|xii)', 'valley'])?.sort()).toEqual(['12', 'twelve', 'valley', 'xii']);
    expect(compileAnchors(['(?<![a-z])loader|windows[^a-z0-9]?loader'])).toEqual(['loader']);
  });

  it('gives up on a hint with no literal', () => {
    expect(compileAnchors(['[a-z]+\\d'])).toBeNull();
    expect(compileGate(['w?'])).toBeNull();
  });

  it('never says no where a hint matches', () => {
    const lures = bundledRuleset().rules.lures;
    const gate = lures.gate;
    expect(gate).not.toBeNull();
    const words = ['Win', '12', 'twelve', 'XII', 'Next', 'Valley', 'leaked', 'AIO', 'all-in-one', 'KMSpico', 'Loader', 'activator', 'tiny11', 'ReviOS', 'ghost spectre', 'ubuntu', 'x64', '_', '-', '/', '.iso'];
    let seed = 7;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = 0; k < 4; k++) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        text += words[seed % words.length];
      }
      if (lures.hintsAnyCase?.test(text)) expect(mayHoldAnchor(text, gate!), text).toBe(true);
    }
    expect(mayHoldAnchor('/ubuntu-24.04.1-desktop-amd64.iso', gate!)).toBe(false);
    expect(mayHoldAnchor('/caf%C3%A9.iso', gate!)).toBe(true);
  });
});
