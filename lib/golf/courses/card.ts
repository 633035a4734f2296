// A scorecard read from a file, checked as a whole: every hole must have its par (and stroke index,
// when the source publishes them) or the course is rejected, naming the holes. Never half-imported.

import { holesPhrase } from '../hole-list';
import { type Course, type CourseInput, parseCourse } from './course';

export interface CardDraft {
  name: string;
  holes: 9 | 18;
  /** 1-based line of the card's first row, for the rejection report. */
  row: number;
  teeName: string;
  location?: CourseInput['location'];
  source?: CourseInput['source'];
  /** Per hole (index 0 = hole 1); null where the file has a blank. */
  par: (number | null)[];
  /** Null when the source has no stroke indexes at all (the tee is then imported without one). */
  strokeIndex: (number | null)[] | null;
  yardage: (number | null)[] | null;
  statedPar?: number | null;
}

/** A CSV row with the file line it started on (header is line 1). */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

export interface RejectedCourse {
  course: string;
  reason: string;
  row: number;
}

export type CardResult = { course: Course } | { rejected: RejectedCourse };

export function finishCard(card: CardDraft): CardResult {
  const reject = (reason: string): CardResult => ({ rejected: { course: card.name, reason, row: card.row } });
  const holes = Array.from({ length: card.holes }, (_, i) => i + 1);
  const blank = (values: (number | null)[] | null, hole: number) => values !== null && values[hole - 1] == null;

  // A hole with nothing on it is "missing"; a hole with only some of its values is named per value.
  const empty = holes.filter((h) => blank(card.par, h) && (card.strokeIndex === null || blank(card.strokeIndex, h)));
  const noPar = holes.filter((h) => blank(card.par, h) && !empty.includes(h));
  const noIndex = holes.filter((h) => blank(card.strokeIndex, h) && !empty.includes(h));
  const noYards = holes.filter((h) => blank(card.yardage, h) && !empty.includes(h));
  const gaps = [
    empty.length ? `missing ${holesPhrase(empty)}` : '',
    noPar.length ? `missing par for ${holesPhrase(noPar)}` : '',
    noIndex.length ? `missing stroke index for ${holesPhrase(noIndex)}` : '',
    noYards.length ? `missing yardage for ${holesPhrase(noYards)}` : '',
  ].filter(Boolean);
  if (gaps.length) return reject(gaps.join('; '));

  const par = card.par as number[];
  const total = par.reduce((a, b) => a + b, 0);
  if (card.statedPar != null && total !== card.statedPar) {
    return reject(`hole pars add up to ${total} but the card says par ${card.statedPar}`);
  }
  const parsed = parseCourse({
    name: card.name,
    location: card.location ?? {},
    holes: card.holes,
    source: card.source,
    tees: [
      {
        name: card.teeName,
        par,
        ...(card.strokeIndex ? { stroke_index: card.strokeIndex } : {}),
        ...(card.yardage ? { yardage: card.yardage } : {}),
      },
    ],
  });
  return parsed.ok ? { course: parsed.course } : reject(parsed.errors.join('; '));
}

/** A CSV cell as a number: blank is null (missing), anything unreadable is NaN (invalid, reported later). */
export function cellNumber(raw: string | undefined): number | null {
  const s = (raw ?? '').trim();
  return s === '' ? null : Number(s);
}
