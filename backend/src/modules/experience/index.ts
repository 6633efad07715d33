import { Module } from "@medusajs/framework/utils"
import ExperienceModuleService from "./service"

/*
 * Community tourism (OCOP group VI): experiences, their sessions, bookings and the holds bookings
 * put on sessions' places. See @ocop/shared experience.ts for the rules both sides share.
 */
export const EXPERIENCE_MODULE = "experience"

export default Module(EXPERIENCE_MODULE, { service: ExperienceModuleService })
