#!/usr/bin/env bash
# Renders every product (schatkist, every handout, every method's cards, every worksheet) to PDF and
# then to PNG contact sheets, for a human look at the pages: output/contactbladen/<product>.png.
# Needs poppler-utils (pdftoppm) and imagemagick (montage). Usage: scripts/contactbladen.sh [MAP]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-output/contactbladen}
mkdir -p "$out/pdf"
command -v pdftoppm >/dev/null && command -v montage >/dev/null ||
  { echo "nodig: pdftoppm (poppler-utils) en montage (imagemagick)" >&2; exit 2; }

dotnet build src/IntervisieDocs.Cli -c Release -v q -nologo >/dev/null
cli() { dotnet src/IntervisieDocs.Cli/bin/Release/net10.0/intervisie.dll "$@" >/dev/null; }

cli schatkist -o "$out/pdf/schatkist.pdf"
for file in methods/*.yaml; do
  id=$(basename "$file" .yaml)
  cli handout "$id" -o "$out/pdf/handout-$id.pdf"
  cli kaarten "$id" -o "$out/pdf/kaarten-$id.pdf"
done
for kind in casus zelftest smart krachtenveld luisteroefening modelling reflecting-team; do
  cli werkblad "$kind" -o "$out/pdf/werkblad-$kind.pdf"
done
cli werkblad wnk --methode socratische-methode -o "$out/pdf/werkblad-wnk.pdf"
cli werkblad evaluatie --methode vissenkom -o "$out/pdf/werkblad-evaluatie.pdf"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for pdf in "$out"/pdf/*.pdf; do
  name=$(basename "$pdf" .pdf)
  pdftoppm -r 40 -png "$pdf" "$tmp/$name"
  montage "$tmp/$name"-*.png -tile 8x -geometry +4+4 -background '#bbbbbb' "$out/$name.png"
  rm -f "$tmp/$name"-*.png
done
echo "contactbladen in $out"
