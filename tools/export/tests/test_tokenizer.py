"""Text front-end rules of spec §2.2-§2.5 (jieba-style spacing of ASCII segments)."""

import unittest

from tools.export import tokenizer


class TokenizerTests(unittest.TestCase):
    def joined(self, text):
        return "".join(tokenizer.text_to_tokens(text))

    def test_text_to_tokens_SpecJiebaExamples_InsertSpacesLikeTheReference(self):
        self.assertEqual(self.joined("hello,world"), "hello, world")
        self.assertEqual(self.joined("(hello)"), "( hello)")
        self.assertEqual(self.joined("state-of-the-art"), "state- of- the- art")
        self.assertEqual(tokenizer.text_to_tokens("don't"), ["d", "o", "n", "'", "t"])

    def test_text_to_tokens_Replacements_MapSemicolonAndCurlyQuotes(self):
        self.assertEqual(self.joined("a;b \u201cq\u201d \u2018s\u2019"), "a,b \"q\" 's'")

    def test_normalise_ref_text_Endings_AddPeriodAndExtraSpace(self):
        self.assertEqual(tokenizer.normalise_ref_text("nature"), "nature.  ")
        self.assertEqual(tokenizer.normalise_ref_text("nature."), "nature.  ")
        self.assertEqual(tokenizer.normalise_ref_text("nature. "), "nature.  ")
        self.assertEqual(tokenizer.normalise_ref_text("\u4f60\u597d\u3002"), "\u4f60\u597d\u3002")

    def test_encode_SpecWorkedExample_GivesTheSpecIds(self):
        # spec §2.5: ids of the official example (first 60), and the official ids of the characters involved
        spec_ids = [int(i) for i in (
            "50 827 704 325 0 143 62 615 615 0 704 325 0 765 62 1082 1147 940 325 12 0 827 1082 441 325 940 973 0 "
            "143 62 615 615 0 704 325 0 704 827 1082 441 325 940 0 765 62 1082 1147 940 325 14 0 0 40 0 250 827 "
            "765 7 1082 0").split()]
        chars = {" ": 0, "'": 7, ",": 12, ".": 14, "I": 40, "S": 50, "a": 62, "c": 143, "d": 250, "e": 325,
                 "h": 441, "l": 615, "m": 704, "n": 765, "o": 827, "r": 940, "s": 973, "t": 1082, "u": 1147}
        vocab = [f"<{i}>" for i in range(2545)]
        for ch, i in chars.items():
            vocab[i] = ch
        ids = tokenizer.encode("Some call me nature, others call me mother nature.", "I don't know", vocab)
        self.assertEqual(ids[:60], spec_ids)

    def test_tokens_to_ids_UnknownToken_MapsToZero(self):
        vocab = [" ", "a", "b"]
        self.assertEqual(tokenizer.tokens_to_ids(["a", "|", "b", " "], vocab), [1, 0, 2, 0])

    def test_text_to_tokens_HanCharacter_SpaceThenCharacter(self):
        self.assertEqual(tokenizer.text_to_tokens("a\u4f60"), ["a", " ", "\u4f60"])

    def test_default_vocab_BuiltIn_StartsWithSpaceAndIsSorted(self):
        vocab = tokenizer.default_vocab()
        self.assertEqual(vocab[0], " ")
        self.assertEqual(vocab[1:], sorted(vocab[1:]))
        self.assertNotIn("|", vocab)


if __name__ == "__main__":
    unittest.main()
