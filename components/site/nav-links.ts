export const navLinks = [
  { href: '/basketball', label: 'Basketball' },
  { href: '/golf', label: 'Golf' },
  { href: '/football', label: 'Football' },
  { href: '/predictions', label: 'Predictions' },
] as const;
