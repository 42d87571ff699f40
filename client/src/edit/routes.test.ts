import { describe, expect, it } from 'vitest';
import { editPath, entityIdFromPath, isEditSegment } from './routes.ts';

describe('entityIdFromPath', () => {
  it('finds the entity of a browse page and of its editor screen', () => {
    expect(entityIdFromPath('/virkemiddel/startlan')).toBe('startlan');
    expect(entityIdFromPath('/aktor/husbanken/')).toBe('husbanken');
    expect(entityIdFromPath('/rediger/aktor/kdd')).toBe('kdd');
    expect(entityIdFromPath('/rettsgrunnlag/bustottelova-5')).toBe('bustottelova-5');
  });

  it('is null on pages without one entity', () => {
    expect(entityIdFromPath('/')).toBeNull();
    expect(entityIdFromPath('/utforsk')).toBeNull();
    expect(entityIdFromPath('/endringer/cs-1')).toBeNull();
    expect(entityIdFromPath('/virkemiddel/%E0%A4%A')).toBeNull();
  });
});

describe('editPath', () => {
  it('uses the browse path words and has no screen for other kinds', () => {
    expect(editPath('ACTOR', 'kdd')).toBe('/rediger/aktor/kdd');
    expect(editPath('INSTRUMENT', 'startlan')).toBe('/rediger/virkemiddel/startlan');
    expect(editPath('SOURCE', 'x')).toBeNull();
    expect(isEditSegment('mal')).toBe(true);
    expect(isEditSegment('toString')).toBe(false);
  });
});
