"""Triage: a cheap first stage that rejects articles not about China (Aho-Corasick over China
words and places in kk/ru/en/zh) and a sentence mask so heavy stages read only what matters.

    stages = [TriageStage()] + standard_stages()   # language comes next
    # then SentenceFilterStage() right after LanguageStage
"""

from kzcn.triage.mask import relevant_sentences, relevant_spans
from kzcn.triage.pipeline import triaged_stages
from kzcn.triage.stage import NOT_ABOUT_CHINA, SentenceFilterStage, TriageStage

__all__ = ["NOT_ABOUT_CHINA", "SentenceFilterStage", "TriageStage", "relevant_sentences",
           "relevant_spans", "triaged_stages"]
