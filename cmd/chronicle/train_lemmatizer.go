package main

import "errors"

func runTrainLemmatizer(args []string, io stdio) error { return errors.New("not built yet") }
