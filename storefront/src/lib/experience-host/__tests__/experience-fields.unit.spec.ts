import { describe, expect, it } from "vitest"
import type { ExperienceView } from "@ocop/shared"
import {
  createExperienceBody,
  experienceFields,
  listLines,
  NEW_EXPERIENCE,
  parseCoordinate,
  policyErrors,
  readExperienceFields,
  shownExperience,
  updateExperienceBody,
  validateExperienceFields,
  type ExperienceFields,
} from "../experience-fields"

const PLACE = { province_code: "11", commune_code: "03158" }

// As the browser posts the form: the languages are check boxes, one entry each.
function formOf({ languages: _shown, ...values }: Record<string, string>, languages: string[] = []) {
  const data = new FormData()
  for (const [name, value] of Object.entries(values)) data.set(name, value)
  for (const language of languages) data.append("languages", language)
  return data
}

const HOMESTAY: ExperienceFields = {
  ...NEW_EXPERIENCE,
  kind: "homestay",
  title_vi: "Homestay nhà sàn bản Che Căn",
  description_vi: "Ngủ nhà sàn Thái, ăn cơm lam.",
  included_vi: "- Bữa tối\n\n• Bữa sáng  ",
  meeting_address: "Bản Che Căn, xã Mường Phăng",
  meeting_lat: "21,4402",
  meeting_lng: "103.1487",
  duration_minutes: "1200",
  languages: ["vi", "en"],
  cutoff_hours: "48",
  min_participants: "1",
  pay_on_arrival: true,
  policy: [
    { key: "0", days_before: "2", refund_percent: "50" },
    { key: "1", days_before: "7", refund_percent: "100" },
  ],
  participants: [
    { ...NEW_EXPERIENCE.participants[0], kind: "room", name_vi: "Phòng đôi", name_en: "", price: "450.000" },
    {
      ...NEW_EXPERIENCE.participants[0],
      key: "3",
      kind: "group",
      name_vi: "Cả nhà sàn",
      name_en: "Whole house",
      seats: "6",
      price: "2500000",
    },
  ],
}

describe("experience form → request body", () => {
  it("reads the rows it names and leaves wholly empty policy rows out", () => {
    const fields = readExperienceFields(
      formOf(
        {
          ...shownExperience(HOMESTAY),
          policy_rows: "0,1,5",
          policy_5_days_before: "",
          policy_5_refund_percent: "",
          type_3_needs_adult: "on",
        },
        ["en", "xx"]
      )
    )
    expect(fields.policy.map((row) => row.key)).toEqual(["0", "1"])
    expect(fields.participants.map((row) => [row.key, row.kind, row.needs_adult])).toEqual([
      ["0", "room", false],
      ["3", "group", true],
    ])
    expect(fields.languages).toEqual(["en"])
    expect(fields.pay_on_arrival).toBe(true)
  })

  it("sends tiers from the most days to the fewest, lists by line, coordinates with a comma as numbers", () => {
    expect(validateExperienceFields(HOMESTAY)).toEqual({})
    const body = createExperienceBody(HOMESTAY, PLACE)
    expect(body).toMatchObject({
      kind: "homestay",
      ...PLACE,
      included_vi: ["Bữa tối", "Bữa sáng"],
      meeting_lat: 21.4402,
      meeting_lng: 103.1487,
      duration_minutes: 1200,
      cutoff_hours: 48,
      min_age: null,
      title_en: null,
      pay_on_arrival: true,
      cancellation_policy: [
        { days_before: 7, refund_percent: 100 },
        { days_before: 2, refund_percent: 50 },
      ],
    })
    expect(body.participant_types).toEqual([
      {
        kind: "room",
        name_vi: "Phòng đôi",
        name_en: null,
        min_age: null,
        max_age: null,
        needs_adult: false,
        seats: 1,
        price: 450000,
      },
      {
        kind: "group",
        name_vi: "Cả nhà sàn",
        name_en: "Whole house",
        min_age: null,
        max_age: null,
        needs_adult: false,
        seats: 6,
        price: 2500000,
      },
    ])
  })

  it("edits participant types by id without their kind, and never sends a new row on an edit", () => {
    const fields: ExperienceFields = {
      ...HOMESTAY,
      participants: [{ ...HOMESTAY.participants[0], id: "exptype_1" }, HOMESTAY.participants[1]],
    }
    const body = updateExperienceBody(fields)
    expect(body).not.toHaveProperty("kind")
    expect(body.participant_types).toEqual([
      {
        id: "exptype_1",
        name_vi: "Phòng đôi",
        name_en: null,
        min_age: null,
        max_age: null,
        needs_adult: false,
        seats: 1,
        price: 450000,
      },
    ])
  })
})

describe("policy rows", () => {
  it("accepts the default policy typed in any order", () => {
    expect(policyErrors(HOMESTAY.policy)).toEqual({})
  })

  it("marks the row whose later cancellation would get more back", () => {
    expect(
      policyErrors([
        { key: "0", days_before: "7", refund_percent: "50" },
        { key: "1", days_before: "2", refund_percent: "100" },
      ])
    ).toEqual({ policy_1_refund_percent: "policyPercent" })
  })

  it("marks days out of range, two tiers on the same day and a percentage over 100", () => {
    expect(policyErrors([{ key: "4", days_before: "400", refund_percent: "100" }])).toEqual({
      policy_4_days_before: "policyDays",
    })
    expect(
      policyErrors([
        { key: "0", days_before: "3", refund_percent: "100" },
        { key: "1", days_before: "3", refund_percent: "50" },
      ])
    ).toEqual({ policy_1_days_before: "policyDays" })
    expect(policyErrors([{ key: "0", days_before: "3", refund_percent: "120" }])).toEqual({
      policy_0_refund_percent: "policyPercent",
    })
  })
})

describe("validateExperienceFields", () => {
  it("refuses a room outside a homestay, a child's ages upside down and a group of one", () => {
    const errors = validateExperienceFields({
      ...HOMESTAY,
      kind: "farm_tour",
      participants: [
        { ...HOMESTAY.participants[0], key: "0", kind: "room" },
        { ...HOMESTAY.participants[0], key: "1", kind: "child", name_vi: "Trẻ em", min_age: "12", max_age: "6" },
        { ...HOMESTAY.participants[0], key: "2", kind: "group", name_vi: "Nhóm", seats: "1" },
      ],
    })
    expect(errors).toEqual({ type_0_kind: "required", type_1_max_age: "ages", type_2_seats: "groupSeats" })
  })

  it("asks for both coordinates or none, a price in đồng and a duration of at least 15 minutes", () => {
    const errors = validateExperienceFields({
      ...HOMESTAY,
      meeting_lng: "",
      duration_minutes: "10",
      participants: [{ ...HOMESTAY.participants[0], price: "4,5 triệu" }],
    })
    expect(errors).toEqual({ meeting_lng: "required", duration_minutes: "duration", type_0_price: "price" })
  })

  it("needs at least one participant type", () => {
    expect(validateExperienceFields({ ...HOMESTAY, participants: [] })).toEqual({ type_rows: "required" })
  })
})

describe("the deposit", () => {
  it("sends none when left empty, and the whole percentage typed", () => {
    expect(createExperienceBody(HOMESTAY, PLACE).deposit_percent).toBeNull()
    const deposit = { ...HOMESTAY, pay_on_arrival: false, deposit_percent: "30" }
    expect(validateExperienceFields(deposit)).toEqual({})
    expect(createExperienceBody(deposit, PLACE).deposit_percent).toBe(30)
    expect(updateExperienceBody(deposit).deposit_percent).toBe(30)
  })

  it("refuses 0, 100, a fraction or words, and a deposit beside paying on arrival", () => {
    for (const typed of ["0", "100", "2,5", "ba mươi"]) {
      expect(validateExperienceFields({ ...HOMESTAY, pay_on_arrival: false, deposit_percent: typed })).toEqual({
        deposit_percent: "deposit",
      })
    }
    expect(validateExperienceFields({ ...HOMESTAY, pay_on_arrival: true, deposit_percent: "30" })).toEqual({
      deposit_percent: "depositOnArrival",
    })
  })
})

describe("an experience's values in the form", () => {
  it("round-trips an experience through the form unchanged", () => {
    const experience = {
      kind: "craft_workshop",
      title_vi: "Dệt thổ cẩm",
      title_en: null,
      description_vi: "Học dệt khăn piêu.",
      description_en: null,
      included_vi: ["Khung dệt", "Sợi"],
      included_en: [],
      excluded_vi: [],
      excluded_en: [],
      meeting_address: "Bản Phiêng Lơi",
      meeting_lat: null,
      meeting_lng: null,
      duration_minutes: 150,
      languages: ["vi"],
      min_age: 8,
      cancellation_policy: [{ days_before: 1, refund_percent: 100 }],
      cutoff_hours: 12,
      min_participants: 2,
      confirmation: "on_request",
      pay_on_arrival: false,
      deposit_percent: 30,
      participant_types: [
        {
          id: "exptype_adult",
          kind: "adult",
          name_vi: "Người lớn",
          name_en: null,
          min_age: null,
          max_age: null,
          needs_adult: false,
          seats: 1,
          variant_id: "variant_adult",
          price: 250000,
        },
        {
          id: "exptype_a",
          kind: "child",
          name_vi: "Trẻ em",
          name_en: "Child",
          min_age: 8,
          max_age: 15,
          needs_adult: true,
          seats: 1,
          variant_id: "variant_a",
          price: 120000,
        },
      ],
    } as unknown as ExperienceView
    const fields = readExperienceFields(formOf(shownExperience(experienceFields(experience)), experience.languages))
    expect(fields).toEqual(experienceFields(experience))
    expect(validateExperienceFields(fields)).toEqual({})
    expect(updateExperienceBody(fields).participant_types).toEqual([
      {
        id: "exptype_adult",
        name_vi: "Người lớn",
        name_en: null,
        min_age: null,
        max_age: null,
        needs_adult: false,
        seats: 1,
        price: 250000,
      },
      {
        id: "exptype_a",
        name_vi: "Trẻ em",
        name_en: "Child",
        min_age: 8,
        max_age: 15,
        needs_adult: true,
        seats: 1,
        price: 120000,
      },
    ])
  })
})

describe("small parsers", () => {
  it("reads coordinates with a point or a comma, within range", () => {
    expect(parseCoordinate("12,6667", 90)).toBe(12.6667)
    expect(parseCoordinate("-91", 90)).toBeNull()
    expect(parseCoordinate("abc", 90)).toBeNull()
  })

  it("splits lists by line, without bullets or blank lines", () => {
    expect(listLines("* Nước uống\r\n\n- Hướng dẫn viên ")).toEqual(["Nước uống", "Hướng dẫn viên"])
  })
})

describe("participant types the backend would refuse", () => {
  it("asks for someone who can book besides children, and for distinct names", () => {
    const child = { ...HOMESTAY.participants[0], kind: "child", name_vi: "Trẻ em" }
    expect(validateExperienceFields({ ...HOMESTAY, kind: "village_visit", participants: [child] })).toEqual({
      type_rows: "needsBookable",
    })
    const twins = [HOMESTAY.participants[0], { ...HOMESTAY.participants[1], name_vi: "Phòng đôi" }]
    expect(validateExperienceFields({ ...HOMESTAY, participants: twins })).toEqual({
      type_0_name_vi: "sameName",
      type_3_name_vi: "sameName",
    })
  })
})
