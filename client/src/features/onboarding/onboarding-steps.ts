/** The short first-run tour: one idea per step. */
export const ONBOARDING_STEPS = [
  {
    title: 'Welcome to MetMap',
    body: 'Map your songs into sections, practise them with a metronome that follows the song, and keep a log. Everything stays on this device and works offline.',
  },
  {
    title: 'A demo song to explore',
    body: '“Demo: Practice Groove” is in your library: five sections with chords and a tempo change. Open it to see the map, edit it, or delete it when you are done.',
  },
  {
    title: 'Practise the weak spots',
    body: 'Press Practise on a song. Focus areas pick the three sections you are least confident in; loop them with a count-in and let the tempo trainer speed you up.',
  },
  {
    title: 'Track your progress',
    body: 'Mark sections done, end a session with a rating, and watch your practice time per week in the Log. The Metronome page works on its own too.',
  },
] as const;
