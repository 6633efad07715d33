// The programme office sees the same place look-ups as shoppers.
export { GET } from "../../../../../store/places/provinces/[code]/communes/route"
