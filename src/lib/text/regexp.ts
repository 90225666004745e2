/** Text as a literal inside a regular expression: 協働（仮）. matches itself and nothing else. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
