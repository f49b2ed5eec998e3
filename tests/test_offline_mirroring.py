"""drop_mirrored reads a wrapped piece's lines first as words (_Line), as Piece.lines makes them."""

from jobfit.offline import mirroring
from jobfit.offline.reading import read_resume

WRAPPED = (
    "Skills: Kubernetes, Terraform, AWS networking,\n"
    "  Prometheus monitoring , alerting;\n"
    "\n"
    "--\n"
    "Python, Go and SQL for the ledger team\n"
)


def test_lines_read_as_words_are_the_pieces_lines():
    pieces = [p for p in read_resume(WRAPPED).pieces if "\n" in p.scan]
    assert pieces  # a wrapped piece to split
    for piece in pieces:
        first = mirroring._lines(piece)
        lines = piece.lines
        assert len(first) == len(lines) > 1
        assert [ln.words for ln in first] == [ln.words for ln in lines]
        assert [ln.scan for ln in first] == [ln.scan for ln in lines]
        assert [ln.alpha_stems for ln in first] == [ln.alpha_stems for ln in lines]
