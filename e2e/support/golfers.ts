// One demo golfer per Playwright project: the golf specs change a golfer's rounds and handicap,
// so each project plays its own copy of the demo golfer's history.
export const e2eProjects = ['desktop', 'phone'] as const;

export const golferEmail = (project: string) => `golfer-${project}@statline.test`;
