// The course builder's editable draft and its conversion to the API body. Inputs are kept as text
// so a half-typed number is not lost; the zod course schema judges the converted body.
import { courseBuilderSchema } from '@/lib/golf/courses/course';

export interface TeeDraft {
  /** Stable React key: tees can be removed from the middle. */
  key: string;
  name: string;
  menRating: string;
  menSlope: string;
  womenRating: string;
  womenSlope: string;
  par: string[];
  strokeIndex: string[];
  /** Blank when the card has one stroke index for everyone (women then use the men's). */
  strokeIndexWomen: string[];
  yardage: string[];
}

export interface CourseDraft {
  name: string;
  city: string;
  holes: 9 | 18;
  tees: TeeDraft[];
}

let teeKeys = 0;
const blank = (n: number) => Array.from({ length: n }, () => '');

export function newTee(holes: 9 | 18, name = ''): TeeDraft {
  teeKeys += 1;
  return {
    key: `tee-${teeKeys}`,
    name,
    menRating: '',
    menSlope: '',
    womenRating: '',
    womenSlope: '',
    par: Array(holes).fill('4'),
    strokeIndex: blank(holes),
    strokeIndexWomen: blank(holes),
    yardage: blank(holes),
  };
}

export function resize(draft: CourseDraft, holes: 9 | 18): CourseDraft {
  const pad = (xs: string[], fill: string) =>
    xs.length >= holes ? xs.slice(0, holes) : [...xs, ...Array(holes - xs.length).fill(fill)];
  return {
    ...draft,
    holes,
    tees: draft.tees.map((t) => ({
      ...t,
      par: pad(t.par, '4'),
      strokeIndex: pad(t.strokeIndex, ''),
      strokeIndexWomen: pad(t.strokeIndexWomen, ''),
      yardage: pad(t.yardage, ''),
    })),
  };
}

const num = (s: string) => (s.trim() === '' ? undefined : Number(s));
const rating = (cr: string, slope: string) =>
  cr.trim() === '' && slope.trim() === '' ? undefined : { course_rating: num(cr), slope: num(slope) };
const listOrNone = (xs: string[]) => (xs.every((x) => x.trim() === '') ? undefined : xs.map((x) => num(x)));

export function toBody(d: CourseDraft) {
  return {
    name: d.name,
    location: d.city.trim() ? { city: d.city.trim() } : {},
    holes: d.holes,
    tees: d.tees.map((t) => {
      const men = rating(t.menRating, t.menSlope);
      const women = rating(t.womenRating, t.womenSlope);
      return {
        name: t.name,
        ratings: { ...(men ? { men } : {}), ...(women ? { women } : {}) },
        par: t.par.map((p) => num(p)),
        ...(listOrNone(t.strokeIndex) ? { stroke_index: listOrNone(t.strokeIndex) } : {}),
        ...(listOrNone(t.strokeIndexWomen) ? { stroke_index_women: listOrNone(t.strokeIndexWomen) } : {}),
        ...(listOrNone(t.yardage) ? { yardage: listOrNone(t.yardage) } : {}),
      };
    }),
  };
}

/** Problems as "Tee "White": stroke index must be …", in the schema's words. */
export function problems(d: CourseDraft): string[] {
  const parsed = courseBuilderSchema.safeParse(toBody(d));
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => {
    const [first, tee, field, hole] = i.path;
    if (first !== 'tees' || typeof tee !== 'number') return i.message;
    const draftTee = d.tees[tee];
    const teeName = draftTee?.name || `#${tee + 1}`;
    if (typeof hole !== 'number') return `Tee "${teeName}": ${i.message}`;
    const column = { par: 'par', stroke_index: 'strokeIndex', stroke_index_women: 'strokeIndexWomen', yardage: 'yardage' }[
      String(field)
    ] as keyof TeeDraft | undefined;
    const cell = column && draftTee ? (draftTee[column] as string[])[hole] : undefined;
    const label = field === 'stroke_index_women' ? "women's stroke index" : String(field).replaceAll('_', ' ');
    const message = cell?.trim() === '' ? `${label} is missing` : i.message;
    return `Tee "${teeName}" (hole ${hole + 1}): ${message}`;
  });
}
