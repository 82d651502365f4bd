// Package eval scores Chronicle's output against gold: CoNLL-U segmentation and grammar, CoNLL NER, gold JSON.
package eval
