/** Icon paths for the node kinds, 24×24 view box, stroked. */
export const icons = {
  entity: 'M4 5h16v14H4zM4 10h16M9 10v9',
  priority: 'M7 20V4M7 4l-3 3M7 4l3 3M17 4v16M17 20l-3-3M17 20l3-3',
  conflictRule: 'M12 3v18M5 7h14M5 7l-3 7h6zM19 7l-3 7h6zM8 21h8',
  scope: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8',
  offlineState: 'M4 12a8 8 0 0 1 16 0M7.5 15a5 5 0 0 1 9 0M12 18h.01M3 3l18 18',
  anyState: 'M12 3v18M4.2 7.5l15.6 9M4.2 16.5l15.6-9',
  retryPolicy: 'M20 12a8 8 0 1 1-2.3-5.7M20 4v4h-4',
  role: 'M12 4a4 4 0 1 0 0 8a4 4 0 1 0 0-8M4 21a8 8 0 0 1 16 0',
} as const;
