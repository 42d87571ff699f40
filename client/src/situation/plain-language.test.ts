import { describe, expect, it } from 'vitest';
import { withoutFormulas, withoutOutcomePrefix } from './plain-language.ts';

describe('klarspråk for API texts', () => {
  it('never doubles the outcome prefix', () => {
    expect(withoutOutcomePrefix('Oppfylt: Søkeren er ikke student med rett til støtte fra Lånekassen.')).toBe('Søkeren er ikke student med rett til støtte fra Lånekassen.');
    expect(withoutOutcomePrefix('Ikke oppfylt: inntekten er over grensen.')).toBe('Inntekten er over grensen.');
    expect(withoutOutcomePrefix('Ikkje oppfylt: Oppfylt: x')).toBe('X');
    expect(withoutOutcomePrefix('Not met: the income is above the limit.')).toBe('The income is above the limit.');
    expect(withoutOutcomePrefix('Ikkje avklart: Inntekta er ukjend.')).toBe('Inntekta er ukjend.');
    expect(withoutOutcomePrefix('Inntekten er under grensen.')).toBe('Inntekten er under grensen.');
  });

  it('leaves formulas and rule history out of citizen text', () => {
    const text = 'Bostøtte hjelper husstander med lav inntekt. Bostøtte = 73,7 % av (godkjente boutgifter − egenandel). Du søker hos Husbanken.';
    expect(withoutFormulas(text)).toBe('Bostøtte hjelper husstander med lav inntekt. Du søker hos Husbanken.');
    expect(withoutFormulas('Historikk: før 2009 bare for bestemte grupper.')).toBe('');
    expect(withoutFormulas('Startlån er et lån fra kommunen.')).toBe('Startlån er et lån fra kommunen.');
    const policy = 'Politisk forpliktelse fra St.meld. nr. 37 (2007–2008) – domfelte beholder sine rettigheter. Ikke en individuell rettighet.';
    expect(withoutFormulas(policy)).toBe(policy);
  });
});
