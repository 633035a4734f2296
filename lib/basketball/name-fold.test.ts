import { describe, expect, it } from 'vitest';
import { foldName } from './name-fold';

describe('foldName', () => {
  it('folds case, accents, dots, apostrophes and hyphens the way people type names', () => {
    expect(foldName('Alperen Şengün')).toBe('alperen sengun');
    expect(foldName('Luka Dončić')).toBe('luka doncic');
    expect(foldName('Kristaps Porziņģis')).toBe('kristaps porzingis');
    expect(foldName('Jonas Valančiūnas')).toBe('jonas valanciunas');
    expect(foldName('Dāvis Bertāns')).toBe('davis bertans');
    expect(foldName('Ömer Yurtseven')).toBe('omer yurtseven');
    expect(foldName('Ersan İlyasova')).toBe('ersan ilyasova');
    expect(foldName('P.J. Tucker')).toBe('pj tucker');
    expect(foldName("De'Aaron Fox")).toBe('deaaron fox');
    expect(foldName('Shai Gilgeous-Alexander')).toBe('shai gilgeous alexander');
    expect(foldName('  Nikola   JOKIĆ ')).toBe('nikola jokic');
  });
});
