import { describe, expect, it } from 'vitest';
import { foldName, identityKey } from './name-fold';

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

describe('identityKey', () => {
  it('gives two spellings of one person one key', () => {
    expect(identityKey('Alperen Sengun')).toBe(identityKey('Alperen Şengün'));
    expect(identityKey('Michael Porter Jr.')).toBe(identityKey('Michael Porter'));
    expect(identityKey('Gary Trent Jr')).toBe('gary trent');
    expect(identityKey('Kelly Oubre, Jr.')).toBe('kelly oubre');
    expect(identityKey('Otto Porter III')).toBe('otto porter');
    expect(identityKey('Jaren Jackson Jr.')).not.toBe(identityKey('Jaren Jackson Sr.x'));
  });
});
