package main

import "errors"

func runTrainTagger(args []string, io stdio) error { return errors.New("not built yet") }
