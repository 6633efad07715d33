import { describe, expect, it } from "vitest"
import type { ExperienceSummary } from "@ocop/shared"
import { groupByPlace } from "../places"

const experience = (id: string, province: string | null, district: string | null) =>
  ({ id, province_code: province, former_district: district }) as ExperienceSummary

describe("groupByPlace", () => {
  it("groups by province name (Vietnamese order: Đắk before Điện), then former district, places without one last", () => {
    const groups = groupByPlace(
      [
        experience("e1", "66", "Buôn Ma Thuột"),
        experience("e2", "11", "Mường Ảng"),
        experience("e3", "66", null),
        experience("e4", "66", "Cư M'gar"),
        experience("e5", null, null),
        experience("e6", "11", "Điện Biên Đông"),
        experience("e7", "66", "Buôn Ma Thuột"),
      ],
      { "11": "Điện Biên", "66": "Đắk Lắk" }
    )
    expect(
      groups.map((province) => [
        province.provinceCode,
        province.districts.map((district) => [district.district, district.experiences.map((item) => item.id)]),
      ])
    ).toEqual([
      [
        "66",
        [
          ["Buôn Ma Thuột", ["e1", "e7"]],
          ["Cư M'gar", ["e4"]],
          [null, ["e3"]],
        ],
      ],
      [
        "11",
        [
          ["Điện Biên Đông", ["e6"]],
          ["Mường Ảng", ["e2"]],
        ],
      ],
      [null, [[null, ["e5"]]]],
    ])
  })
})
