// How an achievement reads in the golfer's notifications.
export interface AchievementLine {
  kind: string;
  gross: number | null;
  previous: number | null;
  course: { name: string };
}

const titles: Record<string, string> = {
  personal_best: 'Personal best round',
  course_personal_best: 'Course personal best',
  first_birdie: 'First birdie',
  first_eagle: 'First eagle',
  broke_100: 'Broke 100',
  broke_90: 'Broke 90',
  broke_80: 'Broke 80',
};

export function describeAchievement(a: AchievementLine): { title: string; detail: string } {
  const title = titles[a.kind] ?? a.kind.replaceAll('_', ' ');
  const score = a.gross === null ? '' : `${a.gross}`;
  const beat = a.previous === null ? '' : ` (was ${a.previous})`;
  const detail = a.kind.startsWith('first_') ? a.course.name : `${score}${beat} at ${a.course.name}`;
  return { title, detail };
}
