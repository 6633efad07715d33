/**
 * Draws a product's illustration as SVG: made locally from the catalogue data, so the demo
 * catalogue needs no downloaded photos. sharp turns it into WebP.
 */
const motifs = {
  bean: '<ellipse cx="0" cy="0" rx="120" ry="170" /><path d="M0 -160 C -40 -60, 40 60, 0 160" stroke-width="14" fill="none" />',
  leaf: '<path d="M0 -180 C 150 -100, 150 100, 0 180 C -150 100, -150 -100, 0 -180 Z" /><path d="M0 -170 L0 170" stroke-width="10" fill="none" />',
  grain:
    '<ellipse cx="-70" cy="-40" rx="45" ry="90" transform="rotate(-20 -70 -40)" /><ellipse cx="60" cy="-20" rx="45" ry="90" transform="rotate(25 60 -20)" /><ellipse cx="-5" cy="90" rx="45" ry="90" />',
  flame: '<path d="M0 -190 C 120 -60, 140 60, 70 150 C 40 190, -40 190, -70 150 C -140 60, -60 -40, 0 -190 Z" />',
  bottle:
    '<rect x="-70" y="-80" width="140" height="250" rx="30" /><rect x="-30" y="-180" width="60" height="110" rx="12" />',
  nut: '<path d="M-120 40 C -140 -120, 60 -190, 120 -60 C 160 40, 60 170, -40 150 C -90 140, -110 100, -120 40 Z" />',
  drop: '<path d="M0 -190 C 90 -60, 140 20, 140 80 C 140 160, 70 200, 0 200 C -70 200, -140 160, -140 80 C -140 20, -90 -60, 0 -190 Z" />',
  fruit:
    '<circle cx="0" cy="20" r="160" /><path d="M0 -140 C 20 -190, 70 -200, 100 -190" stroke-width="16" fill="none" />',
}

function escapeXml(text) {
  return text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c])
}

function wrap(text, width) {
  const lines = []
  let line = ""
  for (const word of text.split(" ")) {
    if (line && (line + " " + word).length > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}

export function productArtSvg({ title, art }, size = 1200) {
  const { hue, motif } = art
  const lines = wrap(title, 22)
  const text = lines
    .map((line, i) => `<text x="600" y="${930 + i * 70}" class="title">${escapeXml(line)}</text>`)
    .join("")
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 1200 1200">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue} 55% 88%)" />
      <stop offset="1" stop-color="hsl(${hue} 45% 70%)" />
    </linearGradient>
    <style>.title{font:600 58px 'DejaVu Sans',sans-serif;fill:hsl(${hue} 50% 18%);text-anchor:middle}
    .tag{font:500 30px 'DejaVu Sans',sans-serif;fill:hsl(${hue} 40% 25%);text-anchor:middle}</style>
  </defs>
  <rect width="1200" height="1200" fill="url(#bg)" />
  <circle cx="600" cy="470" r="330" fill="hsl(${hue} 60% 96%)" opacity="0.7" />
  <g transform="translate(600 470)" fill="hsl(${hue} 55% 38%)" stroke="hsl(${hue} 55% 24%)">${motifs[motif] ?? motifs.fruit}</g>
  ${text}
  <text x="600" y="1150" class="tag">OCOP · ảnh minh hoạ</text>
</svg>`
}
