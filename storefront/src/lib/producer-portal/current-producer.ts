import { cache } from "react"
import { retrieveProducerMe } from "../data/producer-account"

/** The signed-in member and its producer, read once per request (layout and page both need it). */
export const currentProducer = cache(retrieveProducerMe)
