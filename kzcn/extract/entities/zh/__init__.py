"""Entities in Chinese text: organisations, people with titles, places (jieba segmentation)."""
