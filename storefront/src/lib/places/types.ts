/** A province or commune as the backend's place look-ups return it. */
export type Place = { code: string; name: string }
