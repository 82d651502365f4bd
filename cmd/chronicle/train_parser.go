package main

import "errors"

func runTrainParser(args []string, io stdio) error { return errors.New("not built yet") }
